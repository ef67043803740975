package vn.anm.assistant.moderation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application (embedded H2 in a temporary folder) shared by the console's tests, so the suite starts it
 * once: the first administrator from the environment, cookies without Secure (plain HTTP on localhost), cheap
 * password hashes. Tests that change the knowledge base put it back (rollback) or work on entries of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anm.knowledge.watch=false",
        "anm.console.admin-username=admin",
        "anm.console.admin-password=" + ConsoleContext.FIRST_PASSWORD,
        "anm.console.secure-cookies=false",
        "anm.console.password-strength=4",
        "anm.console.lockout.failures=3",
        "anm.knowledge.poll-interval=200ms"})
@AutoConfigureWebTestClient(timeout = "PT60S") // a loaded CI machine can take more than the default 5 s
@org.springframework.context.annotation.Import(ConsoleTestConfiguration.class)
@org.junit.jupiter.api.extension.ExtendWith(vn.anm.assistant.ThreadDumpOnTimeout.class)
public abstract class ConsoleContext {

    public static final String FIRST_PASSWORD = "mat-khau-tam-thoi-2026";

    @DynamicPropertySource
    static void dataInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("anm-console-");
        registry.add("anm.data-dir", dir::toString);
    }
}
