package vn.anm.assistant.knowledge;

import vn.anm.assistant.knowledge.analysis.VietnameseText;

/**
 * The knowledge module's folding, for other modules that recognise fixed phrases: lowercase, links,
 * emoji and punctuation dropped, letters repeated for emphasis collapsed, then every word without
 * diacritics ("Đã chuyển tiềnnnn!!" → "da chuyen tien"), tokens separated by one space.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        return VietnameseText.fold(VietnameseText.clean(text));
    }
}
