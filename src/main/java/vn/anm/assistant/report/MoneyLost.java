package vn.anm.assistant.report;

import org.jspecify.annotations.Nullable;

/**
 * Money lost: the amount as the person told it ("khoảng 50 triệu"), the amount in đồng when the
 * dialogue could read it, and the bank it left from.
 */
public record MoneyLost(String asTold, @Nullable Long amountDong, @Nullable String bank) {
}
