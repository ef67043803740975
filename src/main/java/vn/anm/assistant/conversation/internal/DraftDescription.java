package vn.anm.assistant.conversation.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.report.Counterpart;
import vn.anm.assistant.report.MoneyLost;
import vn.anm.assistant.report.ReportDraft;

/** A draft's answers in words, for the summary and for a question asked again ("Bạn đã trả lời: …"). */
final class DraftDescription {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final ReplyTexts texts;

    DraftDescription(ReplyTexts texts) {
        this.texts = texts;
    }

    /** The answer given to a question, if any. */
    Optional<String> answer(IntakeStep step, ReportDraft draft) {
        return Optional.ofNullable(switch (step) {
            case KIND -> kind(draft);
            case WHEN -> draft.answers().occurredWhen();
            case CONTACT -> draft.answers().contactChannel() == null ? null : texts.get("report.contact." + draft.answers().contactChannel());
            case COUNTERPART -> counterpart(draft.answers().counterpart());
            case MONEY -> draft.answers().moneyLost() == null ? null : money(draft.answers().moneyLost());
            case MONEY_BANK -> draft.answers().moneyLost() == null ? null : draft.answers().moneyLost().bank();
            case COMMUNE -> draft.answers().commune();
            case PHONE -> draft.answers().callbackPhone();
            case NOTES -> draft.answers().notes();
            case SUMMARY -> null;
        }).filter(s -> !s.isBlank());
    }

    /** Every answer, one line each, "(bỏ qua)" where skipped. */
    String summary(ReportDraft draft) {
        List<String> lines = new ArrayList<>();
        for (IntakeStep step : IntakeStep.values()) {
            if (step == IntakeStep.SUMMARY || step == IntakeStep.MONEY_BANK) {
                continue; // the bank the money left from is part of the money line
            }
            String value = answer(step, draft).orElse(texts.get("report.summary.skipped"));
            lines.add(texts.get("report.summary.line", texts.get("report.summary." + step.name()), value));
        }
        return String.join("\n", lines);
    }

    private String kind(ReportDraft draft) {
        String kind = draft.answers().kind() == null ? null : texts.get("report.kind." + draft.answers().kind());
        String told = draft.answers().whatHappened();
        if (kind == null) {
            return told;
        }
        return told == null || told.isBlank() ? kind : kind + " — " + told;
    }

    private String counterpart(Counterpart counterpart) {
        if (counterpart.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.addAll(counterpart.phoneNumbers());
        parts.addAll(counterpart.links());
        parts.addAll(counterpart.accountNames());
        if (counterpart.bankAccount() != null) {
            parts.add(texts.get("report.summary.bank-account", counterpart.bankAccount()));
        }
        if (counterpart.bank() != null) {
            parts.add(counterpart.bank());
        }
        return String.join(", ", parts);
    }

    private String money(MoneyLost money) {
        String amount = money.asTold();
        if (money.amountDong() != null && !amount.matches("[\\d.,\\s]+(đ|đồng|VND|vnd)?")) {
            amount = amount + " (" + NumberFormat.getIntegerInstance(VIETNAMESE).format(money.amountDong()) + " đ)";
        }
        return money.bank() == null ? amount : texts.get("report.summary.money-bank", amount, money.bank());
    }
}
