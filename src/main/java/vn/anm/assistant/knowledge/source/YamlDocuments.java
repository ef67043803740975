package vn.anm.assistant.knowledge.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML with the safe constructor and gives typed access to its fields, collecting problems. */
final class YamlDocuments {

    private YamlDocuments() {
    }

    static Object parse(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    static @Nullable String string(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            return null;
        }
        String text = value instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString()
                : String.valueOf(value);
        return text.strip();
    }

    static @Nullable List<String> strings(Map<?, ?> map, String field) {
        Object value = map.get(field);
        if (!(value instanceof List<?> list)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item != null && !(item instanceof Map) && !(item instanceof List)) {
                String s = String.valueOf(item).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static @Nullable LocalDate date(Map<?, ?> map, String field) {
        String text = string(map, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
