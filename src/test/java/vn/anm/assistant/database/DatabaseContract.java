package vn.anm.assistant.database;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.anm.assistant.report.TestDrafts;

/**
 * A module's records in the database, the same tests on every database the service runs on: a contract
 * extends this, and its subclasses name the database with {@link OnH2} or {@link OnPostgres}. The scheduled
 * jobs are held back, so the tests run purges and forwarders by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
public abstract class DatabaseContract {

    @DynamicPropertySource
    static void heldBack(DynamicPropertyRegistry registry) {
        registry.add("anm.knowledge.watch", () -> "false");
        registry.add("anm.data-key", () -> TestDrafts.DATA_KEY);
        registry.add("anm.conversation.purge-every", () -> "1h");
        registry.add("anm.channel.delivery.dedup-purge-every", () -> "1h");
        registry.add("anm.report.forwarding.initial-delay", () -> "1h");
        registry.add("anm.report.purge-initial-delay", () -> "1h");
    }
}
