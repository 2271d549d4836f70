package io.cxsite.build;

import io.cxsite.diagnostics.Problem;
import java.util.List;

/**
 * The outcome of a build: every problem found, sorted by position (warnings already turned into
 * errors under {@code --strict}), and what was produced.
 */
public record BuildResult(List<Problem> problems, int pages, int files) {

    public boolean failed() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
