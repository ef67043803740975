package vn.anm.assistant.knowledge.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One line of a labelled set in the format of shared/eval/dev.jsonl; topic null = out of scope. */
public record LabelledMessage(String id, String text, @Nullable String topic,
        @JsonProperty("also_ok") @Nullable List<String> alsoOk, String style) {

    public Set<String> acceptable() {
        Set<String> ok = new HashSet<>();
        if (topic != null) {
            ok.add(topic);
            if (alsoOk != null) {
                ok.addAll(alsoOk);
            }
        }
        return ok;
    }

    public boolean inScope() {
        return topic != null;
    }

    @Override
    public String toString() {
        return id + " [" + style + "] " + text;
    }
}
