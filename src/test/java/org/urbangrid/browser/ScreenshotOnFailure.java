package org.urbangrid.browser;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** When a browser test fails, keeps a picture of every open browser as {@code FAILED-<test>-<n>.png}. */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        var browsers = BrowserTest.openBrowsers();
        for (int i = 0; i < browsers.size(); i++) {
            try {
                var file = BrowserTest.save(browsers.get(i), "FAILED-" + context.getRequiredTestMethod().getName() + "-" + i);
                System.out.println("Screenshot of the failure: " + file.toAbsolutePath()
                        + " at " + browsers.get(i).getCurrentUrl());
            } catch (RuntimeException e) {
                System.out.println("No screenshot of the failure: " + e.getMessage());
            }
        }
    }
}
