package vn.anm.assistant.report.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import vn.anm.assistant.report.ContactChannel;
import vn.anm.assistant.report.IncidentKind;

/** Vietnamese labels of messages/report.properties for what is forwarded. */
final class ReportLabels {

    private static final String RESOURCE = "messages/report.properties";

    private final Properties texts = new Properties();

    ReportLabels() {
        try (InputStream in = ReportLabels.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + RESOURCE);
        }
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), Locale.ROOT).format(args);
    }

    @Nullable String of(@Nullable IncidentKind kind) {
        return kind == null ? null : get("report.kind." + kind.name());
    }

    @Nullable String of(@Nullable ContactChannel channel) {
        return channel == null ? null : get("report.contact." + channel.name());
    }
}
