package vn.anm.assistant;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module arrows one way: channel → conversation → knowledge/report; moderation → knowledge/report/conversation;
 * scamcheck (#17) → knowledge/report, used by conversation and moderation.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(AssistantApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void scamCheckIsItsOwnModule() { // #17
        org.assertj.core.api.Assertions.assertThat(modules.getModuleByName("scamcheck")).isPresent();
    }

    @Test
    void writesModuleDiagrams() { // → target/spring-modulith-docs/
        new Documenter(modules).writeDocumentation();
    }
}
