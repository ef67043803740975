package vn.anm.assistant.alert;

import java.util.List;

/** A draft that breaks a rule, with what to fix. */
public class AlertRefused extends RuntimeException {

    private final List<String> problems;

    public AlertRefused(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
