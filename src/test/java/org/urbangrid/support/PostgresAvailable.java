package org.urbangrid.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs PostgreSQL tests when a server answers; under CI a missing server is a failure, not a skip. */
public class PostgresAvailable implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        synchronized (PostgresAvailable.class) {
            if (reachable == null) {
                reachable = PostgresDatabase.reachable();
            }
        }
        if (reachable) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + PostgresDatabase.SERVER);
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI requires PostgreSQL at " + PostgresDatabase.SERVER + " but it cannot be reached");
        }
        System.out.println("NOTICE: PostgreSQL not reachable at " + PostgresDatabase.SERVER + "; skipping " + context.getDisplayName());
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable");
    }
}
