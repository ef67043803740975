package vn.anm.assistant.database;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import vn.anm.assistant.report.LocalPostgres;

/** Before a class {@link OnPostgres}: the server is there, or the class is skipped (failed under CI=true). */
final class PostgresRequired implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalPostgres.requireOrSkip();
    }
}
