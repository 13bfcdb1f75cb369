package org.homeward.tests.ui.driver;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * JUnit extension: when a test (or its set-up) fails, saves a screenshot of the workbench as
 * {@code <homeward.screenshots or target/screenshots>/<class>.<method>.png} before the failure
 * is reported, while the screen still shows what went wrong.
 */
public class ScreenshotOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    public static final String DIRECTORY_PROPERTY = "homeward.screenshots";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        capture(context, throwable);
        throw throwable;
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        capture(context, throwable);
        throw throwable;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        capture(context, throwable);
        throw throwable;
    }

    private static void capture(ExtensionContext context, Throwable failure) {
        String name = context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(m -> "." + m.getName()).orElse("");
        Path dir = Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots"));
        try {
            Display display = UI.workbenchDisplay(Duration.ofSeconds(2));
            new Bot(display, null).captureScreenshot(dir.resolve(name + ".png"));
        } catch (Exception | Error e) {
            failure.addSuppressed(e); // the failure stays the one reported; the screenshot problem rides along
        }
    }
}
