package vn.anm.assistant.conversation.menu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;

import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.KnowledgeBaseReloaded;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.Topic;

/**
 * The menu as configured in messages/conversation.properties: which knowledge-base groups each menu
 * group shows, which topics come first, and the short (≤ 20 characters) button title of every topic.
 * The groups are built from the knowledge base serving now when it is loaded or a new version is published
 * ({@link KnowledgeBaseReloaded}), not during a turn: a turn only reads them.
 */
public final class MenuCatalog {

    public static final int MAX_BUTTON_TITLE = 20;

    private final KnowledgeBase knowledgeBase;
    private final ReplyTexts texts;
    private volatile Sections sections;

    public MenuCatalog(KnowledgeBase knowledgeBase, ReplyTexts texts) {
        this.knowledgeBase = knowledgeBase;
        this.texts = texts;
        refresh();
    }

    /** Builds the groups again from the knowledge base serving now. */
    @EventListener(KnowledgeBaseReloaded.class)
    public void refresh() {
        sections = Sections.build(knowledgeBase.topics(), texts);
    }

    /** The groups of the main menu, in order. */
    public List<MenuGroup> groups() {
        return sections.menu; // the field: read on every menu shown
    }

    /** A group of the menu, or another configured section (e.g. {@code report}, reached through its own button). */
    public Optional<MenuGroup> group(String key) {
        return Optional.ofNullable(sections.byKey.get(key));
    }

    public String shortTitle(Topic topic) {
        String key = "topic." + topic.id();
        if (texts.has(key)) {
            return texts.get(key);
        }
        String title = topic.title();
        return title.length() <= MAX_BUTTON_TITLE ? title : title.substring(0, MAX_BUTTON_TITLE - 1).strip() + "…";
    }

    /** The main menu's groups and every section by key ({@code menu.groups}, then {@code menu.other-sections}). */
    private record Sections(List<MenuGroup> menu, Map<String, MenuGroup> byKey) {

        static Sections build(List<Topic> topics, ReplyTexts texts) {
            List<String> menuKeys = list(texts, "menu.groups");
            Map<String, MenuGroup> byKey = new LinkedHashMap<>();
            for (String key : menuKeys) {
                byKey.put(key, load(key, topics, texts));
            }
            for (String key : list(texts, "menu.other-sections")) {
                if (texts.has("group." + key + ".kb-groups")) {
                    byKey.put(key, load(key, topics, texts));
                }
            }
            return new Sections(menuKeys.stream().map(byKey::get).toList(), Map.copyOf(byKey));
        }

        private static MenuGroup load(String key, List<Topic> topics, ReplyTexts texts) {
            String prefix = "group." + key;
            List<String> kbGroups = list(texts, prefix + ".kb-groups");
            List<Topic> all = topics.stream().filter(t -> kbGroups.contains(t.group())).toList();
            List<Topic> ordered = new ArrayList<>();
            for (String id : texts.has(prefix + ".first") ? list(texts, prefix + ".first") : List.<String>of()) {
                all.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(ordered::add);
            }
            all.stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
            return new MenuGroup(key, texts.get(prefix + ".button"), texts.get(prefix + ".title"), ordered);
        }

        private static List<String> list(ReplyTexts texts, String key) {
            return texts.has(key) ? Arrays.stream(texts.get(key).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
        }
    }
}
