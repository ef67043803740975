package vn.anm.assistant.conversation.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.ChannelKind;
import vn.anm.assistant.conversation.InboundMessage;
import vn.anm.assistant.conversation.UnansweredQuestion;
import vn.anm.assistant.conversation.menu.MenuCatalog;
import vn.anm.assistant.conversation.phrases.PhraseMatcher;
import vn.anm.assistant.conversation.phrases.PhraseRecognizer;
import vn.anm.assistant.conversation.state.ConversationState;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.conversation.internal.TurnContext.Opening;
import vn.anm.assistant.knowledge.source.KnowledgeBaseLoader;
import vn.anm.assistant.knowledge.MatchThresholds;
import vn.anm.assistant.knowledge.ReplyComposer;
import vn.anm.assistant.knowledge.ReplyTexts;
import vn.anm.assistant.knowledge.live.LiveKnowledgeBase;
import vn.anm.assistant.report.PersonalDataDeleted;
import vn.anm.assistant.report.ReportDraft;
import vn.anm.assistant.report.ReportIntake;
import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReference;
import vn.anm.assistant.report.Reporter;
import vn.anm.assistant.report.SubmittedReport;

/** The reply builders over the shipped knowledge base and vocabulary, an intake in memory, and turns to hand to a handler. */
final class HandlerKit {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    static final String USER = "kit-user";

    final LiveKnowledgeBase knowledgeBase = new LiveKnowledgeBase(new KnowledgeBaseLoader(Path.of("knowledge-base"), Map.of()),
            MatchThresholds.DEFAULTS, event -> { }, Clock.systemUTC());
    final ReplyTexts texts = new ReplyTexts(ConversationConfiguration.TEXTS);
    final ReportPromises promises = new ReportPromises(ReportReader.ReadInConsole::new, texts, "Công an tỉnh");
    final MenuCatalog catalog = new MenuCatalog(knowledgeBase, texts);
    final MenuReplies menu = new MenuReplies(catalog, knowledgeBase, texts, promises);
    final AnswerReplies answers = new AnswerReplies(knowledgeBase, new ReplyComposer(knowledgeBase), menu, texts, Duration.ofDays(180));
    final PhraseMatcher words = PhraseMatcher.standard();
    final PhraseRecognizer phrases = new PhraseRecognizer(words);
    final MemoryIntake intake = new MemoryIntake();
    final List<UnansweredQuestion> unanswered = new ArrayList<>();

    ReportFlow report() {
        BankNames banks = new BankNames(texts);
        IntakeReplies replies = new IntakeReplies(menu, catalog, answers, new DraftDescription(texts), texts, promises,
                Duration.ofDays(180), Duration.ofDays(30));
        IntakeAnswers intakeAnswers = new IntakeAnswers(new CounterpartReader(banks), new MoneyReader(banks), banks,
                CommuneNames.read(new ClassPathResource("places/lang-son-units.tsv")), texts, words);
        return new IntakeReportFlow(intake, replies, intakeAnswers, words);
    }

    PersonalDataDeletion deletion() {
        return new PersonalDataDeletion(intake, words, menu, texts, Duration.ofDays(180));
    }

    ButtonHandler buttons() {
        return new ButtonHandler(menu, answers, deletion(), knowledgeBase, new vn.anm.assistant.conversation.FeedbackLog() {
            @Override
            public Mono<Void> record(vn.anm.assistant.conversation.TopicFeedback feedback) {
                return Mono.empty();
            }

            @Override
            public reactor.core.publisher.Flux<vn.anm.assistant.conversation.TopicFeedback> recent(int limit) {
                return reactor.core.publisher.Flux.empty();
            }

            @Override
            public Mono<Map<String, vn.anm.assistant.conversation.FeedbackLog.Tally>> tallies() {
                return Mono.just(Map.of());
            }
        }, texts);
    }

    UnansweredRecorder recorder() {
        return new UnansweredRecorder(new vn.anm.assistant.conversation.UnansweredLog() {
            @Override
            public Mono<Void> record(UnansweredQuestion question) {
                unanswered.add(question);
                return Mono.empty();
            }

            @Override
            public reactor.core.publisher.Flux<UnansweredQuestion> recent(int limit) {
                return reactor.core.publisher.Flux.fromIterable(unanswered);
            }
        }, new vn.anm.assistant.conversation.unanswered.PersonalDataMask());
    }

    /** A typed message in a conversation going on at {@code step}. */
    static TurnContext typed(String text, Step step) {
        return new TurnContext(InboundMessage.text(ChannelKind.ZALO, USER, "m-1", text, NOW), state(step), Opening.LATER, NOW);
    }

    static TurnContext typed(String text) {
        return typed(text, Step.IDLE);
    }

    /** A typed message opening a conversation. */
    static TurnContext first(String text) {
        return new TurnContext(InboundMessage.text(ChannelKind.ZALO, USER, "m-1", text, NOW), ConversationState.start(NOW), Opening.FIRST_TURN, NOW);
    }

    static TurnContext pressed(String payload) {
        return new TurnContext(InboundMessage.payload(ChannelKind.ZALO, USER, "m-1", payload, NOW), state(Step.IDLE), Opening.LATER, NOW);
    }

    static TurnContext offering(String text, List<String> offered) {
        return new TurnContext(InboundMessage.text(ChannelKind.ZALO, USER, "m-1", text, NOW),
                ConversationState.start(NOW).withStep(new Step.Answered(), offered, NOW), Opening.LATER, NOW);
    }

    static TurnContext attachment() {
        return new TurnContext(new InboundMessage(ChannelKind.ZALO, USER, "m-1", null, null, List.of("image"), NOW), state(Step.IDLE),
                Opening.LATER, NOW);
    }

    private static ConversationState state(Step step) {
        return ConversationState.start(NOW).withStep(step, List.of(), NOW);
    }

    /** The turn a handler made, or null when it let the message pass. */
    static Turn taken(TurnHandler handler, TurnContext turn) {
        return handler.handle(turn).map(Mono::block).orElse(null);
    }

    /** Drafts and reports in memory. */
    static final class MemoryIntake implements ReportIntake {

        final Map<Reporter, ReportDraft> drafts = new HashMap<>();
        int deletedEverything;

        @Override
        public Mono<Void> saveDraft(ReportDraft draft) {
            return Mono.fromRunnable(() -> drafts.put(draft.reporter(), draft));
        }

        @Override
        public Mono<ReportDraft> loadDraft(Reporter reporter) {
            return Mono.justOrEmpty(drafts.get(reporter));
        }

        @Override
        public Mono<Void> deleteDraft(Reporter reporter) {
            return Mono.fromRunnable(() -> drafts.remove(reporter));
        }

        @Override
        public Mono<SubmittedReport> submit(ReportDraft draft) {
            drafts.remove(draft.reporter());
            return Mono.just(new SubmittedReport(new ReportReference("LS-20261201-0001"), NOW));
        }

        @Override
        public Mono<SubmittedReport> lastSubmitted(Reporter reporter, Duration within) {
            return Mono.empty();
        }

        @Override
        public Mono<PersonalDataDeleted> deleteEverythingOf(Reporter reporter) {
            deletedEverything++;
            int drafts = this.drafts.remove(reporter) == null ? 0 : 1;
            return Mono.just(new PersonalDataDeleted(drafts, 0));
        }
    }
}
