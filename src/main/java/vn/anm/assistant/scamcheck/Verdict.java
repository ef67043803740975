package vn.anm.assistant.scamcheck;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the scam check says about one item. */
public sealed interface Verdict {

    CheckedItem item();

    /** On the moderators' blocklist: since when, how many citizens reported it, which trick. */
    record Reported(CheckedItem item, Instant since, long reports, @Nullable String trick) implements Verdict {
    }

    /** Signs of a scam, each named plainly ("đuôi .top thường dùng cho trang lừa đảo"). */
    record Suspicious(CheckedItem item, List<String> reasons) implements Verdict {

        public Suspicious {
            reasons = List.copyOf(reasons);
        }
    }

    /** On the allowlist, with the official name. */
    record Official(CheckedItem item, String name) implements Verdict {
    }

    /** Nothing known — which is no guarantee. */
    record Unknown(CheckedItem item) implements Verdict {
    }
}
