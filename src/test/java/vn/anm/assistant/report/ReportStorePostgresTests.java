package vn.anm.assistant.report;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report repository on the real PostgreSQL at 127.0.0.1:5432 (schema {@value LocalPostgres#SCHEMA}). */
class ReportStorePostgresTests extends ReportStoreContract {

    @BeforeAll
    static void postgresIsThere() {
        LocalPostgres.requireOrSkip();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        LocalPostgres.register(registry, LocalPostgres.SCHEMA);
    }
}
