package vn.anm.assistant.scamcheck.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ListKind;
import vn.anm.assistant.scamcheck.ListedItem;

/**
 * Both lists in memory, as last read from the database, so a check costs no query. A listed domain covers its
 * sub-domains; "*.gov.vn" covers a whole ending; a listed link covers what lies under its path.
 */
public final class ListSnapshot {

    public static final ListSnapshot EMPTY = new ListSnapshot(List.of());

    private final Map<String, ListedItem> allow = new HashMap<>();
    private final Map<String, ListedItem> block = new HashMap<>();

    public ListSnapshot(List<ListedItem> items) {
        for (ListedItem item : items) {
            (item.list() == ListKind.ALLOW ? allow : block).put(key(item.kind(), item.value()), item);
        }
    }

    public int size() {
        return allow.size() + block.size();
    }

    public Optional<ListedItem> blocked(CheckedItem item) {
        return find(block, item, false);
    }

    public Optional<ListedItem> allowed(CheckedItem item) {
        return find(allow, item, true);
    }

    private static Optional<ListedItem> find(Map<String, ListedItem> list, CheckedItem item, boolean allowing) {
        if (item.kind() != ItemKind.URL) {
            return Optional.ofNullable(list.get(key(item.kind(), item.value())));
        }
        String value = item.value();
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        // longest path first: "host/a/b", "host/a"
        String path = slash < 0 ? "" : value.substring(slash);
        while (!path.isEmpty()) {
            ListedItem hit = list.get(key(ItemKind.URL, host + path));
            if (hit != null) {
                return Optional.of(hit);
            }
            int cut = path.lastIndexOf('/');
            path = cut <= 0 ? "" : path.substring(0, cut);
        }
        for (String h = host; ; ) {
            ListedItem hit = list.get(key(ItemKind.URL, h));
            if (hit == null) {
                hit = list.get(key(ItemKind.URL, "*." + h));
            }
            if (hit != null) {
                return Optional.of(hit);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                return Optional.empty();
            }
            h = h.substring(dot + 1);
        }
    }

    private static String key(ItemKind kind, String value) {
        return kind.name() + " " + value;
    }
}
