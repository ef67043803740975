package vn.anm.assistant.moderation.security;

import java.time.Duration;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.anm.assistant.moderation.ConsoleProperties;
import vn.anm.assistant.moderation.audit.AuditAction;
import vn.anm.assistant.moderation.audit.AuditLog;

/**
 * The first administrator: on a start with no administrator, ANM_ADMIN_USERNAME / ANM_ADMIN_PASSWORD become
 * one, who must change the password and set up two-factor sign-in at the first sign-in. The password is
 * never logged. Runs once at start, before requests, off the event loop.
 */
public final class AdminBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final ConsoleProperties properties;
    private final AuditLog audit;

    public AdminBootstrap(Accounts accounts, PasswordEncoder encoder, ConsoleProperties properties, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void afterPropertiesSet() {
        Long admins = accounts.countAdmins().block(Duration.ofMinutes(1));
        if (admins != null && admins > 0) {
            return;
        }
        String username = properties.adminUsername().strip();
        if (username.isEmpty() || properties.adminPassword().isEmpty()) {
            log.warn("The moderator console has no administrator: set ANM_ADMIN_USERNAME and ANM_ADMIN_PASSWORD and restart"
                    + " to create the first one (the password must be changed at the first sign-in).");
            return;
        }
        if (!username.matches(AccountRules.USERNAME)) {
            log.error("ANM_ADMIN_USERNAME must be 3 to 64 lowercase letters, digits, '.', '-' or '_'; no administrator was created.");
            return;
        }
        if (accounts.find(username).blockOptional(Duration.ofMinutes(1)).isPresent()) {
            log.warn("ANM_ADMIN_USERNAME names an existing account that is not an active administrator; nothing was changed.");
            return;
        }
        accounts.insert(username, "Quản trị viên", encoder.encode(properties.adminPassword()), EnumSet.of(Role.ADMIN))
                .then(audit.record("hệ thống", AuditAction.ACCOUNT_CREATED, username, null, "vai trò: ADMIN (từ ANM_ADMIN_USERNAME)"))
                .block(Duration.ofMinutes(1));
        log.info("Created the first console administrator '{}' from ANM_ADMIN_USERNAME; they must change the password at the first sign-in.",
                username);
    }
}
