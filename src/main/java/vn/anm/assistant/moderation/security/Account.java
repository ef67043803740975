package vn.anm.assistant.moderation.security;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A console account. {@code totpSecret} is the encrypted TOTP key, null until two-factor sign-in is set up. */
public record Account(String username, String displayName, String passwordHash, Set<Role> roles, boolean mustChangePassword,
        @Nullable String totpSecret, long totpLastStep, boolean disabled, Instant createdAt, Instant updatedAt) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role) || roles.contains(Role.ADMIN);
    }

    public boolean totpEnabled() {
        return totpSecret != null;
    }
}
