package vn.anm.assistant.report;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What identifies the other side: phone numbers, links, account names, a bank account and its bank. */
public record Counterpart(List<String> phoneNumbers, List<String> links, List<String> accountNames,
        @Nullable String bankAccount, @Nullable String bank) {

    public static final Counterpart NONE = new Counterpart(List.of(), List.of(), List.of(), null, null);

    public Counterpart {
        phoneNumbers = List.copyOf(phoneNumbers);
        links = List.copyOf(links);
        accountNames = List.copyOf(accountNames);
    }

    public boolean isEmpty() {
        return phoneNumbers.isEmpty() && links.isEmpty() && accountNames.isEmpty() && bankAccount == null && bank == null;
    }
}
