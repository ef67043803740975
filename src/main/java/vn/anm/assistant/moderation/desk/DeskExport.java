package vn.anm.assistant.moderation.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

import vn.anm.assistant.moderation.Timestamps;
import vn.anm.assistant.report.DeskRow;
import vn.anm.assistant.report.ReportDraft;

/**
 * A filtered list of reports as CSV (UTF-8 with a byte-order mark, so Excel reads the diacritics) or XLSX (Apache POI).
 * Without personal data: the queue's columns only. With it: the decrypted content beside them. A cell that starts
 * like a formula (=, +, -, @) is written with a leading apostrophe, so a citizen's text never runs in a spreadsheet.
 */
public final class DeskExport {

    /** One report: its queue line and, for an export with personal data, its decrypted content. */
    public record Line(DeskRow row, @Nullable ReportDraft content) {
    }

    private final DeskLabels labels;

    public DeskExport(DeskLabels labels) {
        this.labels = labels;
    }

    List<String> header(boolean personal) {
        List<String> header = new ArrayList<>(List.of("Mã tin báo", "Thời điểm gửi", "Kênh", "Loại sự việc", "Trạng thái",
                "Xã/phường", "Số tiền bị mất (đ)"));
        if (personal) {
            header.addAll(List.of("Diễn biến", "Thời gian xảy ra", "Đối tượng liên hệ qua", "Số điện thoại của đối tượng", "Đường link",
                    "Tên tài khoản", "Số tài khoản của đối tượng", "Ngân hàng của đối tượng", "Số tiền (lời kể)", "Chuyển từ ngân hàng",
                    "Số điện thoại liên hệ lại", "Thông tin thêm"));
        }
        return header;
    }

    List<String> values(Line line, boolean personal) {
        DeskRow r = line.row();
        List<String> values = new ArrayList<>(List.of(r.reference().value(), Timestamps.shown(r.submittedAt()), labels.channel(r.channel()),
                labels.kind(r.kind()), r.caseStatus().label(), text(r.commune()), r.moneyLostDong() == null ? "" : String.valueOf(r.moneyLostDong())));
        ReportDraft c = line.content();
        if (personal && c != null) {
            values.addAll(List.of(text(c.answers().whatHappened()), text(c.answers().occurredWhen()), labels.contact(c.answers().contactChannel()),
                    String.join("; ", c.answers().counterpart().phoneNumbers()), String.join("; ", c.answers().counterpart().links()),
                    String.join("; ", c.answers().counterpart().accountNames()), text(c.answers().counterpart().bankAccount()), text(c.answers().counterpart().bank()),
                    c.answers().moneyLost() == null ? "" : text(c.answers().moneyLost().asTold()), c.answers().moneyLost() == null ? "" : text(c.answers().moneyLost().bank()),
                    text(c.answers().callbackPhone()), text(c.answers().notes())));
        }
        return values;
    }

    public byte[] csv(List<Line> lines, boolean personal) {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendCsv(out, header(personal));
        for (Line line : lines) {
            appendCsv(out, values(line, personal));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(List<Line> lines, boolean personal) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Báo cáo");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = header(personal);
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int n = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(n++);
                List<String> values = values(line, personal);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    if (i == 6 && !values.get(i).isEmpty()) {
                        cell.setCellValue(Double.parseDouble(values.get(i)));
                    } else {
                        cell.setCellValue(safe(values.get(i)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendCsv(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(safe(values.get(i)).replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    static String safe(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
