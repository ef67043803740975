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
        registry.add("anm.data-dir", () -> "./target/test-data/pg");
        registry.add("spring.r2dbc.url", LocalPostgres::r2dbcUrl);
        registry.add("spring.r2dbc.username", LocalPostgres::user);
        registry.add("spring.flyway.url", LocalPostgres::jdbcUrl);
        registry.add("spring.flyway.user", LocalPostgres::user);
        registry.add("spring.flyway.schemas", () -> LocalPostgres.SCHEMA);
        registry.add("spring.flyway.default-schema", () -> LocalPostgres.SCHEMA);
    }
}
