package vn.anm.assistant.scamcheck;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The lists and the review queue as the moderator console keeps them. Audit entries are the caller's job. */
public interface ScamLists {

    Flux<ListedItem> items(ListKind list);

    /** Adds an item (normalised as the check reads it); refused with {@link ListRefused} when malformed or already listed. */
    Mono<ListedItem> add(ListKind list, ListEntry entry, String actor);

    /** Removes an item; empty when there was none. */
    Mono<ListedItem> remove(long id);

    /** CSV: kind,value,label,source,reason with a header line. */
    Mono<ImportResult> importCsv(ListKind list, String csv, String actor);

    Mono<String> exportCsv(ListKind list);

    Flux<QueuedReport> queue();

    /** Puts the reported item on the blocklist with the trick and reason; the report leaves the queue. */
    Mono<ListedItem> approve(long reportId, String trick, String reason, String actor);

    /** The report leaves the queue; the reported value is erased. Empty when there was none. */
    Mono<QueuedReport> reject(long reportId, String actor);
}
