package vn.anm.assistant.report;

/** How the other side made contact. */
public enum ContactChannel {
    PHONE_CALL, SMS, ZALO, FACEBOOK, WEBSITE, OTHER
}
