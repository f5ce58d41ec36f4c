package org.urbangrid.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an {@link IntegrationTest} on the real PostgreSQL at 127.0.0.1:5432, each JVM in a database of its own
 * (all such tests share one Spring context). Skipped with a notice when no server answers, except under CI,
 * where that fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresAvailable.class)
@ContextConfiguration(initializers = PostgresDatabase.Initializer.class)
public @interface OnPostgres {
}
