package vn.anm.assistant.conversation.menu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;

/**
 * The menu as configured in messages/conversation.properties: which knowledge-base groups each menu
 * group shows, which topics come first, and the short (≤ 20 characters) button title of every topic.
 * Topics are read from the live knowledge base on every call, so a new entry shows up after a reload.
 */
public final class MenuCatalog {

    public static final int MAX_BUTTON_TITLE = 20;

    private final KnowledgeBase knowledgeBase;
    private final ReplyTexts texts;

    public MenuCatalog(KnowledgeBase knowledgeBase, ReplyTexts texts) {
        this.knowledgeBase = knowledgeBase;
        this.texts = texts;
    }

    public List<MenuGroup> groups() {
        return list("menu.groups").stream().map(this::load).toList();
    }

    /** A group of the menu, or another configured section (e.g. {@code report}, reached through its own button). */
    public Optional<MenuGroup> group(String key) {
        return texts.has("group." + key + ".kb-groups") ? Optional.of(load(key)) : Optional.empty();
    }

    public String shortTitle(Topic topic) {
        String key = "topic." + topic.id();
        if (texts.has(key)) {
            return texts.get(key);
        }
        String title = topic.title();
        return title.length() <= MAX_BUTTON_TITLE ? title : title.substring(0, MAX_BUTTON_TITLE - 1).strip() + "…";
    }

    private MenuGroup load(String key) {
        String prefix = "group." + key;
        List<String> kbGroups = list(prefix + ".kb-groups");
        List<Topic> all = knowledgeBase.topics().stream().filter(t -> kbGroups.contains(t.group())).toList();
        List<Topic> ordered = new ArrayList<>();
        for (String id : texts.has(prefix + ".first") ? list(prefix + ".first") : List.<String>of()) {
            all.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(ordered::add);
        }
        all.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        return new MenuGroup(key, texts.get(prefix + ".button"), texts.get(prefix + ".title"), ordered);
    }

    private List<String> list(String key) {
        return Arrays.stream(texts.get(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
