package vn.anm.assistant.moderation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.knowledge.KnowledgeEdition;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.live.KnowledgeEditions;

/** Unanswered messages are grouped by what they ask, as the matcher reads them (teencode, no diacritics, masks aside). */
class InboxGroupingTests {

    static final KnowledgeEditions editions = new KnowledgeEditions(Map.of(), MatchThresholds.DEFAULTS);
    static final KnowledgeEdition analysis = editions.build(editions.read(Path.of("knowledge-base")));

    @Test
    void groupsTheSameQuestionWrittenInDifferentWays() {
        List<UnansweredInbox.Group> groups = group(
                "lịch cắt điện ở Cao Lộc tuần này thế nào",
                "tuần này Cao Lộc lịch cắt điện ra sao, gọi tôi [số điện thoại]",
                "lich cat dien Cao Loc tuan nay",
                "giá phân bón hôm nay bao nhiêu",
                "gia phan bon hom nay bao nhieu z",
                "con tôi bị sốt cao phải làm sao");
        assertThat(groups).extracting(UnansweredInbox.Group::count).containsExactly(3, 2, 1);
        assertThat(groups.get(0).sample()).isEqualTo("lich cat dien Cao Loc tuan nay"); // the newest of its group
        assertThat(groups.get(2).sample()).contains("sốt");
    }

    @Test
    void keepsDifferentQuestionsApartEvenWithCommonWords() {
        List<UnansweredInbox.Group> groups = group("giá vàng hôm nay bao nhiêu", "giá lúa hôm nay bao nhiêu", "thời tiết hôm nay thế nào");
        assertThat(groups).hasSize(3);
    }

    private static List<UnansweredInbox.Group> group(String... texts) {
        List<UnansweredInbox.Message> messages = new ArrayList<>();
        Instant at = Instant.parse("2026-12-01T08:00:00Z");
        for (int i = 0; i < texts.length; i++) {
            messages.add(new UnansweredInbox.Message("f" + i, texts[i], ChannelKind.ZALO, at.plusSeconds(i), "FALLBACK", List.of()));
        }
        return UnansweredInbox.group(messages, analysis, UnansweredInbox.Order.MOST);
    }
}
