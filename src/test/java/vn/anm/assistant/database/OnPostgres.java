package vn.anm.assistant.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real PostgreSQL at 127.0.0.1:5432 ({@code LocalPostgres}), in {@code schema}, so modules do not
 * collide; skipped on a developer machine without it, failed under CI=true.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresRequired.class)
public @interface OnPostgres {

    String schema();
}
