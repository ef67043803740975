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
        LocalPostgres.register(registry, SCHEMA);
    }
}
