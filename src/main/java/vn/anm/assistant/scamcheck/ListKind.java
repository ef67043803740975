package vn.anm.assistant.scamcheck;

/** The two lists moderators keep. */
public enum ListKind {
    ALLOW("Danh sách chính thức"), BLOCK("Danh sách đã bị báo cáo");

    private final String label;

    ListKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
