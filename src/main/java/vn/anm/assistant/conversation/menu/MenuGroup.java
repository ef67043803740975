package vn.anm.assistant.conversation.menu;

import java.util.List;

import vn.anm.assistant.knowledge.Topic;

/** One group of the menu: its short button title, its full title and its topics in menu order. */
public record MenuGroup(String key, String button, String title, List<Topic> topics) {

    public MenuGroup {
        topics = List.copyOf(topics);
    }
}
