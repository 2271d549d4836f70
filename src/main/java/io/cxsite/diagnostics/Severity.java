package io.cxsite.diagnostics;

/** How bad a problem is: an error fails the build, a warning is printed and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in printed problems and GitHub annotations. */
    public String label() {
        return label;
    }
}
