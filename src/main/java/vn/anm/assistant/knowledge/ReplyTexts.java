package vn.anm.assistant.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** Vietnamese reply texts from a UTF-8 properties file on the classpath, looked up by key. */
public final class ReplyTexts {

    private final Properties texts = new Properties();
    private final String resource;

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
        return args.length == 0 ? text : new MessageFormat(text.replace("'", "''"), Locale.ROOT).format(args);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }
}
