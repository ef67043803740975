package vn.anm.assistant.moderation.console;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.KnowledgeStore;
import vn.anm.assistant.moderation.editing.DraftEditions;
import vn.anm.assistant.moderation.editing.TryResult;
import vn.anm.assistant.moderation.inbox.UnansweredInbox;
import vn.anm.assistant.moderation.security.ConsolePrincipal;
import vn.anm.assistant.moderation.security.Role;

/** The console's first page, and "Thử câu hỏi" on its own. */
@Controller
class HomeController {

    private final KnowledgeStore store;
    private final DraftEditions editions;
    private final UnansweredInbox inbox;

    HomeController(KnowledgeStore store, DraftEditions editions, UnansweredInbox inbox) {
        this.store = store;
        this.editions = editions;
        this.inbox = inbox;
    }

    @GetMapping({"/console", "/console/"})
    Mono<Rendering> home(@AuthenticationPrincipal ConsolePrincipal me, @RequestParam(defaultValue = "") String done) {
        String notice = switch (done) {
            case "password" -> "Đã đổi mật khẩu; các phiên đăng nhập khác của bạn đã kết thúc.";
            case "totp-on" -> "Đã bật xác thực hai lớp.";
            case "totp-off" -> "Đã tắt xác thực hai lớp.";
            default -> "";
        };
        if (!me.has(Role.MODERATOR)) {
            return Mono.just(Rendering.view("console/home").modelAttribute("changes", 0).modelAttribute("groups", 0)
                    .modelAttribute("versions", List.of()).modelAttribute("notice", notice).build());
        }
        return Mono.zip(store.draft(), inbox.groups(UnansweredInbox.Order.NEWEST), store.versions(5).collectList())
                .map(t -> Rendering.view("console/home").modelAttribute("notice", notice).modelAttribute("changes", t.getT1().changes().size())
                        .modelAttribute("groups", t.getT2().size()).modelAttribute("versions", t.getT3()).build());
    }

    @GetMapping("/console/try")
    Mono<Rendering> tryQuestion(@RequestParam(defaultValue = "") String q) {
        if (q.isBlank()) {
            return Mono.just(Rendering.view("console/try").modelAttribute("q", "").modelAttribute("draft", "").modelAttribute("live", "")
                    .modelAttribute("problem", "").build());
        }
        String text = q.length() > 2000 ? q.substring(0, 2000) : q;
        return store.draft().flatMap(editions::edition)
                .map(draft -> Rendering.view("console/try").modelAttribute("q", text).modelAttribute("draft", TryResult.of(draft, text))
                        .modelAttribute("live", TryResult.of(store.live(), text)).modelAttribute("problem", "").build())
                .onErrorResume(vn.anm.assistant.knowledge.ContentRejected.class, e -> Mono.just(Rendering.view("console/try")
                        .modelAttribute("q", text).modelAttribute("draft", "").modelAttribute("live", TryResult.of(store.live(), text))
                        .modelAttribute("problem", "Bản nháp đang có lỗi nên chỉ thử được trên phiên bản đang chạy.").build()));
    }
}
