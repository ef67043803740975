package vn.anm.assistant.conversation.scripts;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.anm.assistant.report.ReportReader;
import vn.anm.assistant.report.ReportReaders;

/**
 * Who reads reports, as the running application is configured (a webhook destination with a named
 * receiver), unless a script says otherwise with {@code readers: console} (no destination, officers read
 * in the console) or {@code readers: none} (nobody: the intake is not offered). The mapping from
 * configuration to reader is tested in {@code ConfiguredReportReadersTests}; here only what the chat says
 * in each case.
 */
final class ScriptedReaders implements ReportReaders {

    static final Map<String, ReportReader> BY_NAME = Map.of("console", new ReportReader.ReadInConsole(), "none",
            new ReportReader.NoReader());

    private final ReportReaders configured;
    private final AtomicReference<@Nullable ReportReader> scripted = new AtomicReference<>();

    ScriptedReaders(ReportReaders configured) {
        this.configured = configured;
    }

    @Override
    public ReportReader current() {
        ReportReader reader = scripted.get();
        return reader != null ? reader : configured.current();
    }

    /** {@code null}: as configured. */
    void use(@Nullable String name) {
        if (name != null && !BY_NAME.containsKey(name)) {
            throw new IllegalArgumentException("readers: " + name + " (known: configured, " + BY_NAME.keySet() + ")");
        }
        scripted.set(name == null ? null : BY_NAME.get(name));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        @Primary
        ScriptedReaders scriptedReaders(@Qualifier("configuredReportReaders") ReportReaders configured) {
            return new ScriptedReaders(configured);
        }
    }
}
