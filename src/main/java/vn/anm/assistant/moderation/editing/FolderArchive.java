package vn.anm.assistant.moderation.editing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.KnowledgeContent;
import vn.anm.assistant.knowledge.KnowledgeWorkbench;

/**
 * The knowledge-base folder as a zip, both ways: export writes the folder format (entries/, contacts.yaml,
 * lexicon/) into a zip; import unpacks a zip into a temporary folder (refusing paths that leave it, and
 * archives too large to be a knowledge base) and reads it with the loader's and the console's rules.
 * Blocking: call off the event loop.
 */
public final class FolderArchive {

    static final long MAX_UNPACKED = 50L * 1024 * 1024;
    static final int MAX_FILES = 20_000;

    private final KnowledgeWorkbench workbench;

    public FolderArchive(KnowledgeWorkbench workbench) {
        this.workbench = workbench;
    }

    public byte[] export(KnowledgeContent content) {
        Path dir = temporary();
        try {
            workbench.write(content, dir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    zip.putNextEntry(new ZipEntry("knowledge-base/" + dir.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    public KnowledgeContent read(InputStream archive) {
        Path dir = temporary();
        try {
            long total = 0;
            int files = 0;
            try (ZipInputStream zip = new ZipInputStream(archive)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.isDirectory()) {
                        continue;
                    }
                    String name = entry.getName().replace('\\', '/');
                    int root = name.indexOf("knowledge-base/");
                    String relative = root >= 0 ? name.substring(root + "knowledge-base/".length()) : name;
                    Path target = dir.resolve(relative).normalize();
                    if (!target.startsWith(dir) || relative.isEmpty()) {
                        throw refused("Tệp nén có đường dẫn không hợp lệ: " + name);
                    }
                    if (++files > MAX_FILES) {
                        throw refused("Tệp nén có quá nhiều tệp để là một kho kiến thức.");
                    }
                    Files.createDirectories(target.getParent());
                    byte[] buffer = new byte[8192];
                    try (var out = Files.newOutputStream(target)) {
                        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                            total += n;
                            if (total > MAX_UNPACKED) {
                                throw refused("Tệp nén giải ra quá lớn (trên 50 MB) để là một kho kiến thức.");
                            }
                            out.write(buffer, 0, n);
                        }
                    }
                }
            }
            if (files == 0) {
                throw refused("Tệp tải lên không phải tệp .zip của thư mục knowledge-base/ (không đọc được tệp nào).");
            }
            return workbench.read(dir);
        } catch (IOException e) {
            throw refused("Không đọc được tệp nén: " + e.getMessage());
        } finally {
            delete(dir);
        }
    }

    public KnowledgeContent readFolder(Path folder) {
        return workbench.read(folder);
    }

    private static ContentRejected refused(String message) {
        return new ContentRejected(List.of(new ContentProblem("zip", "", message)));
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("anm-kb-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
