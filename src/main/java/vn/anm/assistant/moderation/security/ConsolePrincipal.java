package vn.anm.assistant.moderation.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: the account, its roles, the session's stage, and the session's cookie value
 * ({@code sessionId}; null over the API, and before the session is stored).
 */
public record ConsolePrincipal(String username, String displayName, Set<Role> roles, Stage stage, @Nullable String sessionId) {

    public ConsolePrincipal {
        roles = Set.copyOf(roles);
    }

    static ConsolePrincipal of(Account account, Stage stage, @Nullable String sessionId) {
        return new ConsolePrincipal(account.username(), account.displayName(), account.roles(), stage, sessionId);
    }

    public boolean has(Role role) {
        return stage == Stage.FULL && (roles.contains(role) || roles.contains(Role.ADMIN));
    }

    /** Only a fully signed-in session carries roles; an administrator holds every role. */
    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(stage.authority()));
        if (stage == Stage.FULL) {
            for (Role role : Role.values()) {
                if (roles.contains(role) || roles.contains(Role.ADMIN)) {
                    authorities.add(new SimpleGrantedAuthority(role.authority()));
                }
            }
        }
        return authorities;
    }

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities());
    }

    ConsolePrincipal withSession(String id) {
        return new ConsolePrincipal(username, displayName, roles, stage, id);
    }
}
