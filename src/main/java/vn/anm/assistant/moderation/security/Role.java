package vn.anm.assistant.moderation.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What an account may do. An administrator may do everything. */
public enum Role {
    MODERATOR("Biên tập viên"),
    OFFICER("Cán bộ tiếp nhận"),
    ADMIN("Quản trị viên");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    static Set<Role> parse(String csv) {
        if (csv.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(csv.split(",")).map(String::strip).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
