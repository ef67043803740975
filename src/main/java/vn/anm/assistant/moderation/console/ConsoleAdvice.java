package vn.anm.assistant.moderation.console;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** What every console page shows: who is signed in, the CSRF token for its forms, the live version. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    private final KnowledgeStore store;

    ConsoleAdvice(KnowledgeStore store) {
        this.store = store;
    }

    @ModelAttribute("_csrf")
    Mono<CsrfToken> csrf(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token;
    }

    @ModelAttribute("me")
    ConsolePrincipal me(@AuthenticationPrincipal ConsolePrincipal me) {
        return me;
    }

    @ModelAttribute("liveVersion")
    long liveVersion() {
        return store.live().version();
    }

    @ModelAttribute("editable")
    boolean editable() {
        return store.editable();
    }
}
