package vn.anm.assistant.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real PostgreSQL at 127.0.0.1:5432 (trust auth, database {@code test}), as user postgres or root.
 * Tests use their own schema so they do not collide with other modules' tables. Unreachable: the
 * tests fail under CI=true, and are skipped on a developer machine.
 */
public final class LocalPostgres {

    public static final String SCHEMA = "report_tests";
    /** {@code ANM_TEST_PG_DATABASE} lets parallel checkouts test against databases of their own. */
    public static final String DATABASE = System.getenv().getOrDefault("ANM_TEST_PG_DATABASE", "test");
    private static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/" + DATABASE;

    private static String user;
    private static boolean probed;

    private LocalPostgres() {
    }

    public static synchronized String user() {
        if (!probed) {
            probed = true;
            for (String candidate : List.of(System.getenv().getOrDefault("ANM_TEST_PG_USER", "postgres"), "root")) {
                try (Connection connection = DriverManager.getConnection(JDBC, candidate, "")) {
                    user = candidate;
                    break;
                } catch (SQLException unreachable) {
                    // try the next user
                }
            }
        }
        return user;
    }

    /** Call from {@code @BeforeAll}. */
    public static void requireOrSkip() {
        if (user() == null) {
            String why = "PostgreSQL is not reachable at 127.0.0.1:5432 (database test, user postgres or root);"
                    + " start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
    }

    public static String r2dbcUrl() {
        return r2dbcUrl(SCHEMA);
    }

    public static String jdbcUrl() {
        return jdbcUrl(SCHEMA);
    }

    /** For another test class's own schema (Flyway creates it: set spring.flyway.schemas to it). */
    public static String r2dbcUrl(String schema) {
        return "r2dbc:postgresql://127.0.0.1:5432/" + DATABASE + "?schema=" + schema;
    }

    public static String jdbcUrl(String schema) {
        return JDBC + "?currentSchema=" + schema;
    }

    /** Points the application (R2DBC and Flyway) at this server, in the given schema. */
    public static void register(DynamicPropertyRegistry registry, String schema) {
        registry.add("anm.data-dir", () -> "./target/test-data/pg");
        registry.add("spring.r2dbc.url", () -> r2dbcUrl(schema));
        registry.add("spring.r2dbc.username", LocalPostgres::user);
        registry.add("spring.flyway.url", () -> jdbcUrl(schema));
        registry.add("spring.flyway.user", LocalPostgres::user);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
    }
}
