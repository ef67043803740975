package vn.anm.assistant.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.anm.assistant.conversation.internal.HandlerKit.attachment;
import static vn.anm.assistant.conversation.internal.HandlerKit.first;
import static vn.anm.assistant.conversation.internal.HandlerKit.offering;
import static vn.anm.assistant.conversation.internal.HandlerKit.pressed;
import static vn.anm.assistant.conversation.internal.HandlerKit.taken;
import static vn.anm.assistant.conversation.internal.HandlerKit.typed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.anm.assistant.conversation.TurnKind;
import vn.anm.assistant.alert.AlertDraft;
import vn.anm.assistant.alert.LocalAlert;
import vn.anm.assistant.alert.LocalAlerts;
import vn.anm.assistant.conversation.Reply;
import vn.anm.assistant.conversation.state.IntakeStep;
import vn.anm.assistant.conversation.state.Step;
import vn.anm.assistant.conversation.urgent.UrgentDetector;
import vn.anm.assistant.knowledge.MatchResult;
import vn.anm.assistant.scamcheck.CheckedItem;
import vn.anm.assistant.scamcheck.ItemKind;
import vn.anm.assistant.scamcheck.ScamCheck;
import vn.anm.assistant.scamcheck.Verdict;

/** Each path of a turn on its own: what it takes, what it lets pass, and what it says. */
class TurnHandlersTests {

    private final HandlerKit kit = new HandlerKit();

    @Nested
    class AlertList {

        private final AlertListHandler handler = new AlertListHandler(new NoAlerts(), new AlertItems(kit.texts, ZoneId.of("Asia/Ho_Chi_Minh")),
                kit.words, kit.texts);

        @ParameterizedTest
        @CsvSource({ "cảnh báo mới", "Cảnh báo mới nhé", "canh bao" })
        void typedAsksListTheAlertsAndLeaveTheConversationAsItWas(String text) {
            Turn turn = taken(handler, typed(text, new Step.Intake(IntakeStep.WHEN, Step.Intake.Mode.IN_ORDER)));
            assertThat(turn.kind()).isEqualTo(TurnKind.ALERTS);
            assertThat(turn.memory()).isEqualTo(Turn.Memory.LEAVE);
            assertThat(turn.messages().get(0).text()).isEqualTo(kit.texts.get("alert.none"));
        }

        @Test
        void theButtonListsThemToo() {
            assertThat(taken(handler, pressed(AlertListHandler.PAYLOAD)).kind()).isEqualTo(TurnKind.ALERTS);
        }

        @Test
        void aQuestionAboutWarningsIsNotTheList() {
            assertThat(taken(handler, typed("cảnh báo lừa đảo qua điện thoại là gì"))).isNull();
        }
    }

    @Nested
    class ReportStatus {

        private final ReportStatusHandler handler = new ReportStatusHandler((reporter, reference) -> Mono.empty(), kit.texts,
                ZoneId.of("Asia/Ho_Chi_Minh"));

        @ParameterizedTest
        @CsvSource({ "tra cứu LS-20261201-0042", "LS-20261201-0042", "Tình trạng tin báo LS-20261201-0042?" })
        void aCodeAsksItsStatusWithoutTouchingTheConversation(String text) {
            Turn turn = taken(handler, typed(text, new Step.Consenting()));
            assertThat(turn.kind()).isEqualTo(TurnKind.REPORT_STATUS);
            assertThat(turn.memory()).isEqualTo(Turn.Memory.LEAVE);
            assertThat(turn.messages().get(0).text()).contains("LS-20261201-0042");
        }

        @Test
        void aStoryMentioningACodeIsNotALookup() {
            assertThat(taken(handler, typed("tôi đã gửi LS-20261201-0042 mà chưa ai gọi lại, giờ làm sao"))).isNull();
        }
    }

    @Nested
    class ScamReport {

        private final FakeScamCheck check = new FakeScamCheck();
        private final ScamReportHandler handler = new ScamReportHandler(check, kit.menu);

        @Test
        void theButtonQueuesTheItemForReview() {
            Turn turn = taken(handler, pressed(ScamReportHandler.REPORT + "PHONE:0912345678"));
            assertThat(turn.kind()).isEqualTo(TurnKind.SCAM_REPORTED);
            assertThat(check.reported).containsExactly("PHONE 0912345678");
        }

        @Test
        void aForgedKindThanksButQueuesNothing() {
            assertThat(taken(handler, pressed(ScamReportHandler.REPORT + "BOMB:x")).kind()).isEqualTo(TurnKind.SCAM_REPORTED);
            assertThat(check.reported).isEmpty();
        }

        @Test
        void otherButtonsAndTextPass() {
            assertThat(taken(handler, pressed("menu"))).isNull();
            assertThat(taken(handler, typed("báo số này"))).isNull();
        }
    }

    @Nested
    class Button {

        private final ButtonHandler handler = kit.buttons();

        @ParameterizedTest
        @CsvSource({ "menu", "group::", "group:x:y:z", "helpful:", "no-such-button" })
        void aButtonThatLeadsNowhereShowsTheMenu(String payload) {
            assertThat(taken(handler, pressed(payload)).kind()).isEqualTo(TurnKind.MENU);
        }

        @Test
        void aTopicThatIsGoneSaysSoAndOffersTheMenu() {
            Turn turn = taken(handler, pressed("topic:no-such-topic"));
            assertThat(turn.messages().get(0).text()).isEqualTo(kit.texts.get("answer.unknown-topic"));
            assertThat(turn.messages().get(0).buttons()).isEqualTo(kit.menu.mainMenu());
        }

        @Test
        void aContactsButtonShowsTheContacts() {
            assertThat(taken(handler, pressed(Payloads.CONTACTS)).kind()).isEqualTo(TurnKind.CONTACTS);
        }

        @Test
        void typedTextPasses() {
            assertThat(taken(handler, typed("menu"))).isNull();
        }
    }

    @Nested
    class IntakeButton {

        private final IntakeButtonHandler handler = new IntakeButtonHandler(kit.report());

        @Test
        void theStartButtonAsksForConsentFirst() {
            assertThat(taken(handler, pressed(Payloads.REPORT_START)).kind()).isEqualTo(TurnKind.REPORT_CONSENT);
        }

        @Test
        void anIntakeButtonWithNoDraftLeftSaysSo() {
            assertThat(taken(handler, pressed(IntakePayloads.SKIP)).kind()).isEqualTo(TurnKind.REPORT_CANCELLED);
        }

        @Test
        void otherButtonsPass() {
            assertThat(taken(handler, pressed(Payloads.MENU))).isNull();
        }
    }

    @Nested
    class NoText {

        private final NoTextHandler handler = new NoTextHandler(kit.menu);

        @Test
        void aPictureGetsTheNoteOnAttachments() {
            assertThat(taken(handler, attachment()).kind()).isEqualTo(TurnKind.ATTACHMENT);
        }

        @Test
        void textPasses() {
            assertThat(taken(handler, typed("xin chào"))).isNull();
        }
    }

    @Nested
    class Deletion {

        private final DeletionHandler handler = new DeletionHandler(kit.deletion());

        @Test
        void theRequestAsksForAConfirmationAnywhere() {
            Turn turn = taken(handler, typed("xóa dữ liệu của tôi", new Step.Intake(IntakeStep.NOTES, Step.Intake.Mode.IN_ORDER)));
            assertThat(turn.kind()).isEqualTo(TurnKind.DELETE_CONFIRM);
            assertThat(turn.state().step()).isEqualTo(new Step.ConfirmingDeletion());
        }

        @Test
        void onlyAClearYesDeletesAndThenNothingIsKept() {
            Turn kept = taken(handler, typed("để sau", new Step.ConfirmingDeletion()));
            assertThat(kept.kind()).isEqualTo(TurnKind.DELETE_KEPT);
            assertThat(kit.intake.deletedEverything).isZero();

            Turn deleted = taken(handler, typed("đồng ý xóa", new Step.ConfirmingDeletion()));
            assertThat(deleted.kind()).isEqualTo(TurnKind.DATA_DELETED);
            assertThat(deleted.memory()).isEqualTo(Turn.Memory.FORGET);
            assertThat(kit.intake.deletedEverything).isOne();
        }

        @Test
        void otherMessagesPass() {
            assertThat(taken(handler, typed("xóa tài khoản zalo thế nào"))).isNull();
        }
    }

    @Nested
    class Intake {

        private final IntakeHandler handler = new IntakeHandler(kit.report(), kit.phrases);

        @Test
        void theIntakeTakesEveryTypedMessageWhileItIsUnderWay() {
            Turn turn = taken(handler, typed("đồng ý ạ", new Step.Consenting()));
            assertThat(turn.kind()).isEqualTo(TurnKind.REPORT_KIND);
            assertThat(turn.state().step()).isEqualTo(new Step.Intake(IntakeStep.KIND, Step.Intake.Mode.IN_ORDER));
            assertThat(kit.intake.drafts).hasSize(1);
        }

        @ParameterizedTest
        @CsvSource({ "menu", "liên hệ" })
        void menuAndContactsLeaveIt(String text) {
            assertThat(taken(handler, typed(text, new Step.Consenting()))).isNull();
        }

        @Test
        void outsideTheIntakeNothingIsTaken() {
            assertThat(taken(handler, typed("đồng ý", Step.MENU))).isNull();
        }
    }

    @Nested
    class NoWords {

        private final NoWordsHandler handler = new NoWordsHandler(kit.menu);

        @ParameterizedTest
        @CsvSource({ "?", "...", "🙏" })
        void noLetterOrDigitShowsTheMenu(String text) {
            assertThat(taken(handler, typed(text)).kind()).isEqualTo(TurnKind.MENU);
        }

        @Test
        void aWordPasses() {
            assertThat(taken(handler, typed("otp?"))).isNull();
        }
    }

    @Nested
    class ReportStart {

        private final ReportStartHandler handler = new ReportStartHandler(kit.report(), kit.words);

        @ParameterizedTest
        @CsvSource({ "trình báo", "tôi muốn trình báo ạ", "to giac" })
        void theWordsAloneStartTheIntake(String text) {
            assertThat(taken(handler, typed(text)).kind()).isEqualTo(TurnKind.REPORT_CONSENT);
        }

        @Test
        void aQuestionAboutReportingPasses() {
            assertThat(taken(handler, typed("trình báo lừa đảo ở đâu"))).isNull();
        }
    }

    @Nested
    class Command {

        private final CommandHandler handler = new CommandHandler(kit.phrases, kit.menu);

        @ParameterizedTest
        @CsvSource({ "hủy, CANCELLED", "liên hệ, CONTACTS", "menu nhé, MENU" })
        void commandsWorkAnywhere(String text, TurnKind kind) {
            assertThat(taken(handler, typed(text)).kind()).isEqualTo(kind);
        }

        @Test
        void smallTalkIsNotACommand() {
            assertThat(taken(handler, typed("cảm ơn"))).isNull();
        }
    }

    @Nested
    class ScamCheckPath {

        private final FakeScamCheck check = new FakeScamCheck();
        private final ScamCheckHandler handler = new ScamCheckHandler(check, kit.menu, kit.knowledgeBase,
                List.of(new UrgentHandler(new UrgentDetector(), new UrgentReplies(kit.knowledgeBase, kit.menu, kit.texts),
                        new ConversationMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()))));

        @Test
        void aNumberAloneGetsItsVerdictAndAReportButton() {
            Turn turn = taken(handler, typed("0912345678"));
            assertThat(turn.kind()).isEqualTo(TurnKind.SCAM_CHECK);
            Reply last = turn.messages().get(turn.messages().size() - 1);
            assertThat(last.buttons()).anySatisfy(b -> assertThat(b.payload()).startsWith(ScamReportHandler.REPORT + "PHONE:"));
        }

        @Test
        void anUrgentStoryAroundTheNumberPutsTheUrgentAdviceFirst() {
            Turn turn = taken(handler, typed("tôi vừa chuyển 5 triệu cho số 0912345678 giờ không liên lạc được, bị lừa rồi"));
            assertThat(turn.kind()).isEqualTo(TurnKind.URGENT);
            assertThat(turn.messages().get(0).text()).isEqualTo(kit.texts.get("urgent.MONEY_SENT"));
        }

        @Test
        void aMessageWithNothingToCheckPasses() {
            assertThat(taken(handler, typed("lừa đảo qua mạng là gì"))).isNull();
        }
    }

    @Nested
    class SmallTalk {

        private final SmallTalkHandler handler = new SmallTalkHandler(kit.phrases, kit.menu);

        @Test
        void aFirstThanksGetsTheOneLineWelcomeWithTheReply() {
            Turn turn = taken(handler, first("cảm ơn"));
            assertThat(turn.kind()).isEqualTo(TurnKind.SMALL_TALK);
            assertThat(turn.messages().get(0).text()).startsWith(kit.menu.shortWelcome());
        }

        @Test
        void aFirstGreetingGetsTheWholeWelcome() {
            assertThat(taken(handler, first("xin chào")).kind()).isEqualTo(TurnKind.MENU);
        }

        @Test
        void laterSmallTalkGetsTheShortReply() {
            Turn turn = taken(handler, typed("chào bạn"));
            assertThat(turn.kind()).isEqualTo(TurnKind.SMALL_TALK);
            assertThat(turn.messages().get(0).text()).isEqualTo(kit.texts.get("smalltalk.greeting"));
        }

        @Test
        void aGreetingWithAQuestionPasses() {
            assertThat(taken(handler, typed("chào bạn, mình bị lừa"))).isNull();
        }
    }

    @Nested
    class MenuTitle {

        private final MenuTitleHandler handler = new MenuTitleHandler(kit.menu, kit.answers, kit.knowledgeBase);

        @Test
        void aMainMenuTitleTypedOpensItsSection() {
            String title = kit.menu.mainMenu().get(0).title();
            assertThat(taken(handler, typed(title.toLowerCase())).kind()).isEqualTo(TurnKind.GROUP);
        }

        @Test
        void otherTextPasses() {
            assertThat(taken(handler, typed("pháp luật về lừa đảo qua mạng"))).isNull();
        }
    }

    @Nested
    class Number {

        private final NumberHandler handler = new NumberHandler(kit.menu, kit.answers, kit.knowledgeBase);

        @Test
        void aNumberPicksOneOfTheTopicsOffered() {
            List<String> offered = kit.knowledgeBase.topics().stream().limit(3).map(t -> t.id()).toList();
            Turn turn = taken(handler, offering("số 2", offered));
            assertThat(turn.kind()).isEqualTo(TurnKind.ANSWER);
            assertThat(turn.topic()).isEqualTo(offered.get(1));
        }

        @Test
        void aNumberWithNothingToPickShowsTheMenu() {
            assertThat(taken(handler, typed("7")).kind()).isEqualTo(TurnKind.MENU);
        }

        @Test
        void anAmountIsNotAPick() {
            assertThat(taken(handler, offering("2 triệu", List.of("a", "b")))).isNull();
        }
    }

    @Nested
    class Urgent {

        private final UrgentHandler handler = new UrgentHandler(new UrgentDetector(), new UrgentReplies(kit.knowledgeBase, kit.menu, kit.texts),
                new ConversationMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));

        @Test
        void moneyJustSentGetsWhatToDoNow() {
            Turn turn = taken(handler, typed("em vừa chuyển khoản 5 triệu cho nó xong thì bị chặn, bị lừa rồi"));
            assertThat(turn.kind()).isEqualTo(TurnKind.URGENT);
            assertThat(turn.state().step()).isEqualTo(new Step.Urgent("money_sent"));
        }

        @Test
        void aQuestionAboutScamsPasses() {
            assertThat(taken(handler, typed("làm sao để không bị lừa chuyển tiền"))).isNull();
        }
    }

    @Nested
    class OtherLanguage {

        private final OtherLanguageHandler handler = new OtherLanguageHandler(kit.menu);

        @Test
        void englishGetsTheLineOnVietnameseAndTheMenu() {
            assertThat(taken(handler, typed("how can I report a scam website")).kind()).isEqualTo(TurnKind.OTHER_LANGUAGE);
        }

        @Test
        void vietnameseWithoutDiacriticsPasses() {
            assertThat(taken(handler, typed("lam sao de bao cao trang web lua dao"))).isNull();
        }
    }

    @Nested
    class Question {

        @Test
        void nothingFoundIsSaidHonestlyAndKeptForModerators() {
            QuestionHandler handler = new QuestionHandler(text -> MatchResult.fallback(List.of(), 0.0), kit.answers, kit.menu,
                    kit.recorder(), kit.words);
            Turn turn = taken(handler, typed("giá lúa hôm nay"));
            assertThat(turn.kind()).isEqualTo(TurnKind.FALLBACK);
            assertThat(kit.unanswered).hasSize(1);
        }

        @Test
        void theFirstMessageGetsAOneLineWelcomeInFront() {
            QuestionHandler handler = new QuestionHandler(kit.knowledgeBase, kit.answers, kit.menu, kit.recorder(), kit.words);
            Turn turn = taken(handler, first("mã OTP là gì, có được đưa cho người khác không"));
            assertThat(turn.messages().get(0).text()).isEqualTo(kit.menu.shortWelcome());
        }

        @Test
        void wantingToReportOffersTheIntakeWithTheAnswer() {
            QuestionHandler handler = new QuestionHandler(kit.knowledgeBase, kit.answers, kit.menu, kit.recorder(), kit.words);
            Turn turn = taken(handler, typed("tôi muốn làm đơn tố giác lừa đảo"));
            Reply last = turn.messages().get(turn.messages().size() - 1);
            assertThat(last.buttons().get(0).payload()).isEqualTo(Payloads.REPORT_START);
        }
    }

    private static final class NoAlerts implements LocalAlerts {

        @Override
        public Mono<LocalAlert> publish(AlertDraft draft, String author) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Mono<LocalAlert> withdraw(UUID id, String by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Flux<LocalAlert> all(int limit) {
            return Flux.empty();
        }

        @Override
        public Mono<List<LocalAlert>> active(Instant at) {
            return Mono.just(List.of());
        }

        @Override
        public Mono<Boolean> firstShowing(UUID alert, String userRef, Instant at) {
            return Mono.just(false);
        }
    }

    /** Recognises one Vietnamese mobile number; every verdict is "unknown". */
    private static final class FakeScamCheck implements ScamCheck {

        final List<String> reported = new ArrayList<>();

        @Override
        public List<CheckedItem> recognise(String text) {
            java.util.regex.Matcher phone = java.util.regex.Pattern.compile("0\\d{9}").matcher(text);
            return phone.find() ? List.of(new CheckedItem(ItemKind.PHONE, phone.group(), phone.group(), null, phone.group())) : List.of();
        }

        @Override
        public Mono<List<Verdict>> check(List<CheckedItem> items, String channel) {
            return Mono.just(items.stream().map(item -> (Verdict) new Verdict.Unknown(item)).toList());
        }

        @Override
        public String describe(Verdict verdict) {
            return "Chưa có báo cáo nào về " + verdict.item().shown();
        }

        @Override
        public String advice(List<Verdict> verdicts) {
            return "Đừng chuyển tiền.";
        }

        @Override
        public Mono<Void> report(ItemKind kind, String value, String channel) {
            return Mono.fromRunnable(() -> reported.add(kind + " " + value));
        }

        @Override
        public String reportedThanks() {
            return "Cảm ơn bạn đã báo.";
        }
    }
}
