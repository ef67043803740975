package vn.anm.assistant.moderation.handbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.anm.assistant.knowledge.KnowledgeBase;
import vn.anm.assistant.knowledge.Topic;

/**
 * What goes into a booklet: the three audience guides (cẩm nang) each with the entries they point to, and one with
 * every entry by group. Read from the live knowledge base, so a publish changes the next booklet.
 */
public record Handbook(String key, String title, String subtitle, List<Section> sections) {

    public record Section(String title, List<Topic> topics) {
    }

    /** Booklet key → the guide entry it is built from ("all": everything). */
    public static final Map<String, String> GUIDES = new LinkedHashMap<>();

    static {
        GUIDES.put("nguoi-cao-tuoi", "cam-nang-nguoi-cao-tuoi");
        GUIDES.put("hoc-sinh-sinh-vien", "cam-nang-hoc-sinh-sinh-vien");
        GUIDES.put("ho-kinh-doanh", "cam-nang-ho-kinh-doanh");
    }

    private static final Map<String, String> GROUPS = Map.of("thu-doan", "Thủ đoạn lừa đảo", "ky-nang", "Kỹ năng an toàn",
            "phap-luat", "Pháp luật", "trinh-bao", "Trình báo, liên hệ", "tinh-hinh", "Tình hình", "phong-trao", "Phong trào");

    /** The booklet named by {@code key} ("all" or a {@link #GUIDES} key); null when there is none. */
    public static Handbook of(String key, KnowledgeBase knowledge) {
        if ("all".equals(key)) {
            List<Section> sections = new ArrayList<>();
            for (String group : knowledge.groups()) {
                List<Topic> topics = knowledge.topics().stream().filter(t -> t.group().equals(group)).toList();
                if (!topics.isEmpty()) {
                    sections.add(new Section(GROUPS.getOrDefault(group, group), topics));
                }
            }
            return new Handbook("all", "Cẩm nang an toàn trên mạng", "Toàn bộ nội dung của Trợ lý An ninh mạng", sections);
        }
        String guideId = GUIDES.get(key);
        if (guideId == null) {
            return null;
        }
        Topic guide = knowledge.topic(guideId).orElse(null);
        if (guide == null) {
            return null;
        }
        List<Topic> related = guide.related().stream().map(knowledge::topic).flatMap(java.util.Optional::stream).toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Những điều cần nhớ", List.of(guide)));
        if (!related.isEmpty()) {
            sections.add(new Section("Tình huống thường gặp", related));
        }
        return new Handbook(key, guide.title(), "Cẩm nang của Trợ lý An ninh mạng", sections);
    }
}
