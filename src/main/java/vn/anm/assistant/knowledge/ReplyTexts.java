package vn.anm.assistant.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** Vietnamese reply texts from a UTF-8 properties file on the classpath, looked up by key. */
public final class ReplyTexts {

    private final Properties texts = new Properties();
    private final String resource;
    /** Each text's parsed format, parsed once: a MessageFormat is not thread-safe, so each use formats with a copy. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public ReplyTexts(String resource) {
        this.resource = resource;
        try (InputStream in = ReplyTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reply texts " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no reply text '" + key + "' in " + resource);
        }
        if (args.length == 0) {
            return text;
        }
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(text.replace("'", "''"), Locale.ROOT));
        return ((MessageFormat) format.clone()).format(args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }
}
