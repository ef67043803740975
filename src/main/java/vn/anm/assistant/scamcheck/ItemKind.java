package vn.anm.assistant.scamcheck;

/** What a checked item is. A profile link is a page on Zalo or Facebook, judged by itself, not by the platform. */
public enum ItemKind {
    URL("đường link"), PROFILE("trang cá nhân"), PHONE("số điện thoại"), ACCOUNT("số tài khoản");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    /** How a citizen calls it ("số điện thoại"). */
    public String label() {
        return label;
    }
}
