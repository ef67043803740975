package vn.anm.assistant.conversation.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One YAML script: a name, a channel and steps of "user says / presses → bot replies with …". */
record ConversationScript(String name, String channel, List<Step> steps, String knownIssue, String readers, List<String> blocklist) {

    private static final Set<String> STEP_KEYS = Set.of("say", "press", "payload", "expect", "stored");
    private static final Set<String> EXPECT_KEYS = Set.of("decision", "topic", "contains", "not_contains", "buttons",
            "no_buttons", "first_buttons", "messages", "not_decision", "first_line", "in_order");

    @SuppressWarnings("unchecked")
    static ConversationScript from(Map<String, Object> yaml, String file) {
        List<Map<String, Object>> turns = (List<Map<String, Object>>) yaml.get("turns");
        assertThat(turns).as("%s: turns", file).isNotEmpty();
        List<Step> steps = turns.stream().map(t -> {
            assertThat(STEP_KEYS).as("%s: keys of a turn", file).containsAll(t.keySet());
            Map<String, Object> expect = (Map<String, Object>) t.getOrDefault("expect", Map.of());
            assertThat(EXPECT_KEYS).as("%s: keys of an expect", file).containsAll(expect.keySet());
            long actions = Set.of("say", "press", "payload").stream().filter(t::containsKey).count();
            assertThat(actions).as("%s: a turn says, presses or sends a payload", file).isEqualTo(1);
            Map<String, Object> stored = (Map<String, Object>) t.getOrDefault("stored", Map.of());
            assertThat(StoredData.KEYS).as("%s: keys of a stored", file).containsAll(stored.keySet());
            return new Step((String) t.get("say"), (String) t.get("press"), (String) t.get("payload"), new Expect(expect), stored);
        }).toList();
        return new ConversationScript(String.valueOf(yaml.getOrDefault("name", file)),
                String.valueOf(yaml.getOrDefault("channel", "web")), steps, (String) yaml.get("known_issue"),
                (String) yaml.get("readers"), ConversationScriptTests.list(yaml.get("blocklist")));
    }

    /** {@code stored}: what the report tables must hold for this user after the turn (see {@link StoredData}). */
    record Step(String say, String press, String payload, Expect expect, Map<String, Object> stored) {
    }

    /** What a reply must show. Text checks ignore case; every reply also keeps the channel limits. */
    record Expect(Map<String, Object> spec) {

        void check(ChatReply reply, String where) {
            assertThat(reply).as(where).isNotNull();
            assertThat(reply.messages()).as("%s: messages", where).isNotEmpty();
            for (ChatReply.Message m : reply.messages()) {
                assertThat(m.text()).as("%s: message text", where).isNotBlank().doesNotContain("{0}", "{{");
                assertThat(m.buttonList()).as("%s: at most 13 buttons (Facebook quick replies)", where).hasSizeLessThanOrEqualTo(13);
                m.buttonList().forEach(b -> assertThat(b.title().codePointCount(0, b.title().length()))
                        .as("%s: button title '%s' within 20 characters", where, b.title()).isLessThanOrEqualTo(20));
            }
            String text = nfc(reply.text()).toLowerCase(Locale.ROOT);
            List<String> titles = reply.buttons().stream().map(ChatReply.Button::title).toList();
            if (spec.containsKey("decision")) {
                assertThat(reply.decision()).as("%s: decision", where).isEqualTo(spec.get("decision"));
            }
            if (spec.containsKey("not_decision")) {
                assertThat(reply.decision()).as("%s: decision", where).isNotEqualTo(spec.get("not_decision"));
            }
            if (spec.containsKey("topic")) {
                assertThat(reply.topic()).as("%s: topic", where).isEqualTo(spec.get("topic"));
            }
            for (String s : ConversationScriptTests.list(spec.get("contains"))) {
                assertThat(text).as("%s: reply text", where).contains(nfc(s).toLowerCase(Locale.ROOT));
            }
            for (String s : ConversationScriptTests.list(spec.get("not_contains"))) {
                assertThat(text).as("%s: reply text", where).doesNotContain(nfc(s).toLowerCase(Locale.ROOT));
            }
            if (spec.containsKey("first_line")) {
                String firstLine = nfc(reply.messages().get(0).text()).lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
                assertThat(firstLine).as("%s: first line", where).contains(nfc((String) spec.get("first_line")).toLowerCase(Locale.ROOT));
            }
            int from = 0;
            for (String s : ConversationScriptTests.list(spec.get("in_order"))) {
                int at = text.indexOf(nfc(s).toLowerCase(Locale.ROOT), from);
                assertThat(at).as("%s: '%s' after the text before it in in_order, in: %s", where, s, text).isGreaterThanOrEqualTo(0);
                from = at + s.length();
            }
            assertThat(titles).as("%s: buttons", where).containsAll(ConversationScriptTests.list(spec.get("buttons")));
            for (String absent : ConversationScriptTests.list(spec.get("no_buttons"))) {
                assertThat(titles).as("%s: buttons", where).doesNotContain(absent);
            }
            List<String> first = ConversationScriptTests.list(spec.get("first_buttons"));
            if (!first.isEmpty()) {
                assertThat(titles).as("%s: first buttons", where).startsWith(first.toArray(String[]::new));
            }
            if (spec.containsKey("messages")) {
                assertThat(reply.messages()).as("%s: number of messages", where).hasSize((Integer) spec.get("messages"));
            }
        }

        private static String nfc(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        }
    }
}
