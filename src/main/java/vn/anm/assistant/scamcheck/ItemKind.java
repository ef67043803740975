package vn.anm.assistant.scamcheck;

/** What a checked item is. A profile link is a page on Zalo or Facebook, judged by itself, not by the platform. */
public enum ItemKind {
    URL("đường link"), PROFILE("trang cá nhân"), PHONE("số điện thoại"), ACCOUNT("số tài khoản");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    /** How a reply, a log line or the audit log may show a value: "098****321" for phones, "****5678" for accounts. */
    public String mask(String value) {
        return switch (this) {
            case PHONE -> value.length() < 7 ? value : value.substring(0, 3) + "*".repeat(value.length() - 6) + value.substring(value.length() - 3);
            case ACCOUNT -> value.length() <= 4 ? value : "*".repeat(Math.min(6, value.length() - 4)) + value.substring(value.length() - 4);
            default -> value;
        };
    }

    /** How a citizen calls it ("số điện thoại"). */
    public String label() {
        return label;
    }
}
