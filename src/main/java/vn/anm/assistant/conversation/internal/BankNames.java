package vn.anm.assistant.conversation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.TextFolding;

/** The banks a person is likely to name ("vcb", "Vietcombank"), as listed in messages/conversation.properties. */
final class BankNames {

    /** Each entry: the name to keep, then the folded spellings that mean it. */
    private final List<List<String>> banks;

    BankNames(ReplyTexts texts) {
        this.banks = Arrays.stream(texts.get("report.banks").split(";"))
                .map(entry -> Arrays.stream(entry.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .filter(entry -> !entry.isEmpty())
                .toList();
    }

    /** The text without any bank's name or spelling in it ("stk 1903 tcb" → "stk 1903 "). */
    String without(String text) {
        String rest = text;
        for (List<String> bank : banks) {
            for (String spelling : bank) {
                rest = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(spelling) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(rest).replaceAll(" ");
            }
        }
        return rest;
    }

    /** The first bank named in the text, as written in the list. */
    Optional<String> find(String text) {
        String folded = " " + TextFolding.fold(text) + " ";
        for (List<String> bank : banks) {
            for (String spelling : bank) {
                if (folded.contains(" " + TextFolding.fold(spelling) + " ")) {
                    return Optional.of(bank.get(0));
                }
            }
        }
        return Optional.empty();
    }
}
