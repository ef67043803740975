package vn.anm.assistant.moderation.editing;

import vn.anm.assistant.knowledge.KnowledgeStore.VersionSummary;
import vn.anm.assistant.moderation.gate.GateReport;

/** What became of a publish: a new live version, or a refusal by the accuracy gate. */
public sealed interface PublishOutcome {

    GateReport gate();

    record Published(VersionSummary version, GateReport gate, boolean overridden) implements PublishOutcome {
    }

    record Blocked(GateReport gate, String reason) implements PublishOutcome {
    }
}
