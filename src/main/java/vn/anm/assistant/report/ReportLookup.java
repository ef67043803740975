package vn.anm.assistant.report;

import reactor.core.publisher.Mono;

/** "tra cứu LS-…" in the chat: a report's status, only for the person (channel and user) who filed it. */
public interface ReportLookup {

    /** Empty when there is no such report or it was filed by someone else: the chat cannot tell the two apart. */
    Mono<CitizenStatus> statusFor(Reporter reporter, ReportReference reference);
}
