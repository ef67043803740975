package vn.anm.assistant.moderation.console;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import vn.anm.assistant.knowledge.Contact;
import vn.anm.assistant.knowledge.ContentProblem;
import vn.anm.assistant.knowledge.ContentRejected;
import vn.anm.assistant.knowledge.EditRefused;
import vn.anm.assistant.knowledge.LexiconTables;
import vn.anm.assistant.knowledge.Source;
import vn.anm.assistant.moderation.editing.KnowledgeEditing;
import vn.anm.assistant.moderation.security.ConsolePrincipal;

/** The contacts answers refer to, and the lexicon tables, as part of the draft. */
@Controller
class ContactsController {

    private final KnowledgeEditing editing;

    ContactsController(KnowledgeEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/console/contacts")
    Mono<Rendering> contacts(@org.springframework.web.bind.annotation.RequestParam(required = false) String saved) {
        return editing.draft().map(d -> contactsPage(d.contacts().value(), d.contacts().revision(), List.of(),
                saved == null ? "" : "Đã lưu danh bạ vào bản nháp; xuất bản để có hiệu lực."));
    }

    @PostMapping("/console/contacts")
    Mono<Rendering> saveContacts(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            List<Contact> contacts = contacts(form);
            int revision = revision(form);
            return editing.saveContacts(contacts, revision, me.username())
                    .map(saved -> Rendering.redirectTo("/console/contacts?saved=1").build())
                    .onErrorResume(ContentRejected.class, e -> Mono.just(contactsPage(contacts, revision, e.problems(), "")))
                    .onErrorResume(EditRefused.class, e -> Mono.just(contactsPage(contacts, revision,
                            List.of(new ContentProblem(ContentProblem.CONTACTS, "", e.getMessage())), "")));
        });
    }

    @GetMapping("/console/lexicon")
    Mono<Rendering> lexicon() {
        return editing.draft().map(d -> lexiconPage(d.lexicon().value(), d.lexicon().revision(), List.of()));
    }

    @PostMapping("/console/lexicon")
    Mono<Rendering> saveLexicon(@AuthenticationPrincipal ConsolePrincipal me, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            LexiconTables tables = new LexiconTables(tsv(form, "abbreviations"), tsv(form, "synonyms"), tsv(form, "frames"), tsv(form, "neutral"),
                    tsv(form, "conversation"));
            int revision = revision(form);
            return editing.saveLexicon(tables, revision, me.username())
                    .map(saved -> Rendering.redirectTo("/console/lexicon?saved=1").build())
                    .onErrorResume(ContentRejected.class, e -> Mono.just(lexiconPage(tables, revision, e.problems())))
                    .onErrorResume(EditRefused.class, e -> Mono.just(lexiconPage(tables, revision,
                            List.of(new ContentProblem("lexicon", "", e.getMessage())))));
        });
    }

    private static Rendering contactsPage(List<Contact> contacts, int revision, List<ContentProblem> problems, String notice) {
        List<Contact> rows = new ArrayList<>(contacts);
        rows.add(new Contact("", "", "", "", new Source("", "")));
        return Rendering.view("console/contacts").modelAttribute("contacts", rows).modelAttribute("revision", revision)
                .modelAttribute("problems", problems).modelAttribute("notice", notice)
                .status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).build();
    }

    private static Rendering lexiconPage(LexiconTables tables, int revision, List<ContentProblem> problems) {
        return Rendering.view("console/lexicon").modelAttribute("tables", tables).modelAttribute("revision", revision)
                .modelAttribute("problems", problems).status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).build();
    }

    /** Rows key[i], name[i]…; a row with every field empty is dropped (the blank row for a new contact). */
    static List<Contact> contacts(MultiValueMap<String, String> form) {
        List<String> keys = form.getOrDefault("key", List.of());
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = at(form, "key", i);
            String name = at(form, "name", i);
            String value = at(form, "value", i);
            String text = at(form, "text", i);
            String title = at(form, "sourceTitle", i);
            String ref = at(form, "sourceRef", i);
            if (String.join("", key, name, value, text, title, ref).isBlank()) {
                continue;
            }
            contacts.add(new Contact(key.strip(), name.strip(), value.strip(), text.strip(), new Source(title.strip(), ref.strip())));
        }
        return contacts;
    }

    private static String at(MultiValueMap<String, String> form, String name, int i) {
        List<String> values = form.getOrDefault(name, List.of());
        return i < values.size() ? values.get(i) : "";
    }

    private static String tsv(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    static int revision(MultiValueMap<String, String> form) {
        try {
            return Integer.parseInt(String.valueOf(form.getFirst("revision")).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
