package org.chronology.api.pages;

import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of the pages in one headless Chromium per test class, open from before its first test (after the
 * service's clients are set up) to after its last. Every test fails on a console error its pages wrote that it did
 * not expect (a CSP violation, a script error, a failed request); a failed test leaves a screenshot of where it
 * stopped and prints the pages' console.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest extends ServiceTest {

    protected Browser browser;

    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
                System.out.println("Browser console:\n" + browser.consoleLog());
            }
        }
    };

    /** Runs after {@link ServiceTest}'s own set-up, which knows the service's port, and before the subclass's. */
    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = new Browser(service.port());
        }
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors()).as("console errors, CSP violations included").isEmpty();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
