package vn.anm.assistant;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.Arrays;
import java.util.Comparator;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails because the application did not answer in time, the test log gets the stacks of every thread
 * (with the locks they hold and wait for), so a hung request can be traced to where the server stopped (issue 15: a
 * console POST and a page after a rollback each hung once on a loaded machine, with nothing in the log). The failure
 * itself is rethrown unchanged.
 */
public class ThreadDumpOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (timedOut(failure)) {
            StringBuilder dump = new StringBuilder("Thread dump after a timeout in ").append(context.getDisplayName()).append('\n');
            Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                    .sorted(Comparator.comparing(ThreadInfo::getThreadName))
                    .forEach(thread -> dump.append(stack(thread)));
            System.err.println(dump);
        }
        throw failure;
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("TimeoutException") || String.valueOf(cause.getMessage()).startsWith("Timeout on blocking read")) {
                return true;
            }
        }
        return false;
    }

    /** ThreadInfo.toString() stops after eight frames; the whole stack is what tells where a request stopped. */
    private static String stack(ThreadInfo thread) {
        StringBuilder text = new StringBuilder("\"").append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
        if (thread.getLockName() != null) {
            text.append(" on ").append(thread.getLockName());
        }
        if (thread.getLockOwnerName() != null) {
            text.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
        }
        text.append('\n');
        for (StackTraceElement frame : thread.getStackTrace()) {
            text.append("\tat ").append(frame).append('\n');
        }
        return text.append('\n').toString();
    }
}
