package vn.anm.assistant.moderation.handbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.Topic;

/**
 * Draws a {@link Handbook} as an A5 booklet with Apache PDFBox: a cover (title, who publishes it, a QR code to the
 * fanpage or Official Account when configured), a contents page with page numbers, then each entry with its answer
 * (steps and contacts as the chat gives them). DejaVu Sans is embedded (subset), so Vietnamese prints anywhere.
 * Two passes: the entries are laid out first so the contents can name their pages.
 */
public final class HandbookPdf {

    private static final PDRectangle A5 = PDRectangle.A5;
    private static final float MARGIN = 42;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.38f;

    private final KnowledgeBase knowledge;

    public HandbookPdf(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param operator who publishes the booklet, as printed on the cover
     * @param qrUrl    the fanpage or Official Account address for the cover's QR code; null: no code
     */
    public byte[] render(Handbook handbook, String operator, @Nullable String qrUrl, String edition) {
        // the contents' length is known only once drawn: draw again when the guess of its pages was wrong
        int guess = 1;
        for (int tries = 0; ; tries++) {
            Rendered rendered = render(handbook, operator, qrUrl, edition, guess);
            if (rendered.contentsPages() == guess || tries == 3) {
                return rendered.pdf();
            }
            guess = rendered.contentsPages();
        }
    }

    private record Rendered(byte[] pdf, int contentsPages) {
    }

    private Rendered render(Handbook handbook, String operator, @Nullable String qrUrl, String edition, int contentsPages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "handbook/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "handbook/fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(handbook.title());
            info.setAuthor(operator);
            info.setSubject(handbook.subtitle());

            // entries first, on pages numbered after the cover and the contents
            Writer entries = new Writer(doc, regular, bold, 1 + contentsPages);
            List<Object[]> toc = new ArrayList<>();
            for (Handbook.Section section : handbook.sections()) {
                entries.newPage();
                toc.add(new Object[] {section.title(), entries.pageNumber(), Boolean.TRUE});
                entries.paragraph(section.title(), bold, 15, 10);
                for (Topic topic : section.topics()) {
                    entries.ensure(90);
                    toc.add(new Object[] {topic.title(), entries.pageNumber(), Boolean.FALSE});
                    entries.paragraph(topic.title(), bold, 12.5f, 4);
                    for (String line : knowledge.answerText(topic).split("\n")) {
                        if (line.isBlank()) {
                            entries.gap(4);
                        } else {
                            entries.paragraph(line, regular, BODY, 1.5f);
                        }
                    }
                    entries.gap(12);
                }
            }
            List<PDPage> entryPages = new ArrayList<>(entries.pages);
            entries.close();

            // now the cover and the contents, inserted in front
            List<PDPage> front = new ArrayList<>();
            PDPage cover = new PDPage(A5);
            front.add(cover);
            try (PDPageContentStream c = new PDPageContentStream(doc, cover)) {
                float y = A5.getHeight() - 120;
                y = centred(c, wrap(handbook.title(), bold, 22, A5.getWidth() - 2 * MARGIN), bold, 22, y);
                y = centred(c, List.of(handbook.subtitle()), regular, 11, y - 14);
                y = centred(c, wrap(operator, regular, 11, A5.getWidth() - 2 * MARGIN), regular, 11, y - 24);
                if (qrUrl != null && !qrUrl.isBlank()) {
                    float size = 130;
                    qr(c, qrUrl, (A5.getWidth() - size) / 2, y - 40 - size, size);
                    centred(c, List.of("Hỏi Trợ lý An ninh mạng:"), regular, 10, y - 40 - size - 18);
                    centred(c, wrap(qrUrl, regular, 9, A5.getWidth() - 2 * MARGIN), regular, 9, y - 40 - size - 34);
                }
                centred(c, List.of("Khẩn cấp: gọi 113", edition), regular, 9, MARGIN + 24);
            }
            Writer contents = new Writer(doc, regular, bold, 1);
            contents.newPage();
            contents.paragraph("Mục lục", bold, 16, 10);
            for (Object[] line : toc) {
                boolean heading = (Boolean) line[2];
                contents.tocLine((String) line[0], (Integer) line[1], heading ? bold : regular, heading);
            }
            front.addAll(contents.pages);
            int drawnContents = contents.pages.size();
            contents.close();

            // order: cover, contents, entries (PDFBox appends pages as they are created)
            var all = doc.getPages();
            List<PDPage> ordered = new ArrayList<>(front);
            ordered.addAll(entryPages);
            for (PDPage page : new ArrayList<PDPage>(iterable(all))) {
                all.remove(page);
            }
            int n = 0;
            for (PDPage page : ordered) {
                all.add(page);
                if (n++ > 0) {
                    footer(doc, page, regular, n);
                }
            }
            doc.save(out);
            return new Rendered(out.toByteArray(), drawnContents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lays text out top to bottom, starting new pages as needed. */
    private static final class Writer {

        final PDDocument doc;
        final PDFont regular;
        final PDFont bold;
        final List<PDPage> pages = new ArrayList<>();
        final int firstNumber;
        PDPageContentStream stream;
        float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold, int pagesBefore) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            this.firstNumber = pagesBefore + 1;
        }

        int pageNumber() {
            return firstNumber + pages.size() - 1;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(A5);
            doc.addPage(page);
            pages.add(page);
            stream = new PDPageContentStream(doc, page);
            y = A5.getHeight() - MARGIN;
        }

        void ensure(float height) throws IOException {
            if (stream == null || y - height < MARGIN + 20) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void paragraph(String text, PDFont font, float size, float after) throws IOException {
            for (String line : wrap(text, font, size, A5.getWidth() - 2 * MARGIN)) {
                ensure(size * LEADING);
                y -= size * LEADING;
                show(stream, line, font, size, MARGIN, y);
            }
            y -= after;
        }

        void tocLine(String title, int page, PDFont font, boolean heading) throws IOException {
            float size = heading ? 11 : 10;
            String number = String.valueOf(page);
            float numberWidth = font.getStringWidth(number) / 1000 * size;
            float indent = heading ? 0 : 12;
            List<String> lines = wrap(title, font, size, A5.getWidth() - 2 * MARGIN - indent - numberWidth - 12);
            if (heading) {
                y -= 4;
            }
            for (int i = 0; i < lines.size(); i++) {
                ensure(size * LEADING);
                y -= size * LEADING;
                show(stream, lines.get(i), font, size, MARGIN + indent, y);
                if (i == lines.size() - 1) {
                    show(stream, number, font, size, A5.getWidth() - MARGIN - numberWidth, y);
                }
            }
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }

    static List<String> wrap(String raw, PDFont font, float size, float width) throws IOException {
        String text = clean(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void show(PDPageContentStream c, String text, PDFont font, float size, float x, float y) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    private static float centred(PDPageContentStream c, List<String> lines, PDFont font, float size, float y) throws IOException {
        for (String line : lines) {
            float width = font.getStringWidth(line) / 1000 * size;
            show(c, line, font, size, (A5.getWidth() - width) / 2, y);
            y -= size * LEADING;
        }
        return y;
    }

    private static void footer(PDDocument doc, PDPage page, PDFont font, int number) throws IOException {
        try (PDPageContentStream c = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
            String text = String.valueOf(number);
            float width = font.getStringWidth(text) / 1000 * 9;
            show(c, text, font, 9, (A5.getWidth() - width) / 2, 22);
        }
    }

    private static void qr(PDPageContentStream c, String url, float x, float y, float size) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 1));
            float cell = size / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        c.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                    }
                }
            }
            c.fill();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the handbook's QR address cannot be encoded", e);
        }
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = HandbookPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** NFC, and no characters the font cannot draw (emoji are left out of print). */
    private static String clean(String line) {
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC).replace('\t', ' ');
        StringBuilder out = new StringBuilder();
        nfc.codePoints().filter(cp -> cp < 0x2000 || (cp >= 0x2010 && cp <= 0x2027) || cp == 0x20AB)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static <T> List<T> iterable(Iterable<T> items) {
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }
}
