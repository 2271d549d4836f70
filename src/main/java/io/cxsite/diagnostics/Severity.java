package io.cxsite.diagnostics;

/**
 * How bad a problem is: an error fails the build, a warning is printed and the build goes on (and
 * fails it under {@code --strict}), an info line only says what was done, such as answers left out.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in printed problems and GitHub annotations. */
    public String label() {
        return label;
    }
}
