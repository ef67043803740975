package vn.anm.assistant.channel.zalo;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.anm.assistant.report.LocalPostgres;

/** The channel's records on the real PostgreSQL at 127.0.0.1:5432 (schema {@value #SCHEMA}). */
class ChannelStoragePostgresTests extends ChannelStorageContract {

    static final String SCHEMA = "channel_tests";

    @BeforeAll
    static void postgresIsThere() {
        LocalPostgres.requireOrSkip();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("anm.data-dir", () -> "./target/test-data/pg");
        registry.add("spring.r2dbc.url", () -> LocalPostgres.r2dbcUrl(SCHEMA));
        registry.add("spring.r2dbc.username", LocalPostgres::user);
        registry.add("spring.flyway.url", () -> LocalPostgres.jdbcUrl(SCHEMA));
        registry.add("spring.flyway.user", LocalPostgres::user);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.default-schema", () -> SCHEMA);
    }
}
