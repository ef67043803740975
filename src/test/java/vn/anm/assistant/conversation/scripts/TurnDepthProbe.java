package vn.anm.assistant.conversation.scripts;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;

/**
 * Measures how deep a turn's call chain goes inside {@code vn.anm.assistant.conversation} while the scripts run: every
 * method of the conversation's main classes reports its entry, and the stack is walked for the longest run of
 * conversation frames. Frames of the JDK, Reactor, lambdas and proxies between them are passed over (a {@code flatMap}
 * or a stream does not end a chain); any other frame (the knowledge base, Spring, a test) ends it. Constructors are not
 * counted. Issue 15 asks for at most {@value #MAX_DEPTH}. Only classes loaded after the probe starts are measured: run
 * {@code -Dtest=ConversationScriptTests} alone for every class (in a full run earlier tests have loaded some).
 */
public final class TurnDepthProbe implements BeforeAllCallback, AfterAllCallback {

    static final int MAX_DEPTH = 6;
    private static final String PACKAGE = "vn.anm.assistant.conversation.";
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private static volatile int deepest;
    private static volatile List<String> deepestChain = List.of();
    private static int entries;
    private static final Set<String> tooDeep = new TreeSet<>();
    private static ResettableClassFileTransformer transformer;
    private static Instrumentation instrumentation;
    private static volatile boolean active;

    @Override
    public void beforeAll(ExtensionContext context) {
        instrumentation = ByteBuddyAgent.install();
        transformer = new AgentBuilder.Default()
                // classes as they load, never retransformed: retransforming the loaded ones (in a full run, earlier tests
                // load many) broke Spring's binding of a configuration record in the tests after this one
                .with(AgentBuilder.RedefinitionStrategy.DISABLED)
                .type(TurnDepthProbe::mainConversationClass)
                .transform((builder, type, loader, module, domain) -> builder.visit(
                        Advice.to(Entry.class).on(isMethod().and(not(isAbstract())).and(not(isSynthetic())))))
                .installOn(instrumentation);
        active = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        active = false; // the advice stays in the classes loaded meanwhile; it does nothing from now on
        transformer.reset(instrumentation, AgentBuilder.RedefinitionStrategy.DISABLED);
        System.out.printf("turn depth: deepest chain inside conversation %d frames (%d method entries measured):%n  %s%n",
                deepest, entries, String.join("\n  ", deepestChain));
        tooDeep.forEach(chain -> System.out.println("  too deep: " + chain));
        if (entries == 0) {
            // in the full suite earlier tests loaded the conversation classes before the probe could instrument them
            // (it never retransforms loaded classes); the measure is then taken by running this test class alone
            System.out.println("turn depth: not measured in this JVM (conversation classes loaded before the probe)");
            return;
        }
        assertThat(deepest).as("deepest chain inside conversation: %s", deepestChain).isLessThanOrEqualTo(MAX_DEPTH);
    }

    /** The conversation's own classes, not the tests that share its packages. */
    private static boolean mainConversationClass(net.bytebuddy.description.type.TypeDescription type, ClassLoader loader,
            net.bytebuddy.utility.JavaModule module, Class<?> redefined, ProtectionDomain domain) {
        if (!type.getName().startsWith(PACKAGE) || type.isInterface() || domain == null || domain.getCodeSource() == null) {
            return false;
        }
        String location = String.valueOf(domain.getCodeSource().getLocation());
        return location.endsWith("/classes/") && !location.contains("test-classes");
    }

    /** Inlined at the start of every measured method. */
    public static final class Entry {

        @Advice.OnMethodEnter
        static void enter() {
            TurnDepthProbe.entered();
        }
    }

    public static void entered() {
        if (!active) {
            return;
        }
        List<String> run = new ArrayList<>();
        List<String> longest = new ArrayList<>();
        for (StackWalker.StackFrame frame : WALKER.walk(frames -> frames.toList())) {
            Class<?> type = frame.getDeclaringClass();
            String name = type.getName();
            if (type == TurnDepthProbe.class || passedOver(type, frame.getMethodName())) {
                continue;
            }
            if (name.startsWith(PACKAGE) && mainClass(type)) {
                run.add(type.getSimpleName() + "." + frame.getMethodName());
                continue;
            }
            if (run.size() > longest.size()) {
                longest = run;
            }
            run = new ArrayList<>();
        }
        if (run.size() > longest.size()) {
            longest = run;
        }
        Collections.reverse(longest); // outermost first
        synchronized (TurnDepthProbe.class) {
            entries++;
            if (longest.size() > MAX_DEPTH) {
                tooDeep.add(String.join(" → ", longest));
            }
            if (longest.size() > deepest) {
                deepest = longest.size();
                deepestChain = longest;
            }
        }
    }

    private static boolean passedOver(Class<?> type, String method) {
        String name = type.getName();
        return type.isHidden() || method.startsWith("lambda$") || name.contains("$$") || name.startsWith("java.")
                || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("reactor.");
    }

    private static boolean mainClass(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && !String.valueOf(source.getLocation()).contains("test-classes");
    }
}
