package org.urbangrid.browser;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs browser tests when Debian's chromium and chromium-driver are installed; under CI a missing browser is a failure. */
class ChromeAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Browsers.CHROMIUM) && Files.isExecutable(Browsers.CHROMEDRIVER)) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver installed");
        }
        if (System.getenv("CI") != null) {
            throw new IllegalStateException("CI requires " + Browsers.CHROMIUM + " and " + Browsers.CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver) but they are missing");
        }
        System.out.println("NOTICE: " + Browsers.CHROMIUM + " or " + Browsers.CHROMEDRIVER
                + " not installed; skipping " + context.getDisplayName());
        return ConditionEvaluationResult.disabled("chromium not installed");
    }
}
