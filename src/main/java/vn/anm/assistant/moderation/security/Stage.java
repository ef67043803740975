package vn.anm.assistant.moderation.security;

import org.jspecify.annotations.Nullable;

/**
 * Where a signed-in session stands. Only FULL carries the account's roles; each earlier stage opens only
 * the one page that completes it (and signing out).
 */
public enum Stage {
    /** The password was right; the TOTP code is still to come. */
    TOTP("/console/login/totp"),
    /** The password must be changed first (the first administrator, or one an administrator set). */
    PASSWORD("/console/password"),
    /** An administrator without two-factor sign-in sets it up first. */
    ENROL("/console/totp"),
    FULL("/console");

    private final String page;

    Stage(String page) {
        this.page = page;
    }

    public String page() {
        return page;
    }

    public String authority() {
        return "STAGE_" + name();
    }

    /** The stage after {@code done} was completed, for this account. */
    public static Stage after(@Nullable Stage done, Account account) {
        if (done == null && account.totpEnabled()) {
            return TOTP;
        }
        if ((done == null || done == TOTP) && account.mustChangePassword()) {
            return PASSWORD;
        }
        if (done != ENROL && account.roles().contains(Role.ADMIN) && !account.totpEnabled()) {
            return ENROL;
        }
        return FULL;
    }

    /** The first stage after a right password. */
    public static Stage afterPassword(Account account) {
        return after(null, account);
    }
}
