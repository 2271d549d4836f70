package io.cxsite.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs browser tests where Chromium and chromedriver are installed and skips them, saying how to
 * install them, where not; with {@code CXSITE_BROWSER_TESTS=required} (as CI sets) a missing browser
 * fails them instead. Gives tests the one {@link BrowserSite} of the run, reset to a desktop
 * viewport in light screen media before each test.
 */
final class BrowserExtension implements ExecutionCondition, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        if (BrowserSite.required()) {
            return ConditionEvaluationResult.enabled(BrowserSite.REQUIRED_VARIABLE + "=required");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(BrowserSite.SKIPPED);
        }
        return ConditionEvaluationResult.disabled(BrowserSite.SKIPPED);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        site(context).browser().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BrowserSite.class || type == Browser.class || type == Axe.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BrowserSite site = site(context);
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class ? site.browser() : type == Axe.class ? site.axe() : site;
    }

    /** The run's site, started by the first test that asks; a failed start fails every test without retrying. */
    private static BrowserSite site(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.attempt(), Started.class);
        return started.site();
    }

    /** The outcome of starting the site, kept in the root store, which closes it at the end of the run. */
    private record Started(BrowserSite value, Exception failure) implements AutoCloseable {

        static Started attempt() {
            try {
                return new Started(BrowserSite.start(), null);
            } catch (Exception e) {
                return new Started(null, e);
            }
        }

        BrowserSite site() {
            if (failure != null) {
                throw new IllegalStateException("browser tests could not start: " + failure.getMessage(), failure);
            }
            return value;
        }

        @Override
        public void close() {
            if (value != null) {
                value.close();
            }
        }
    }
}
