package io.cxsite.diagnostics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A thread-safe collector of problems. Stages add to it and go on; whoever runs the pipeline
 * decides what to do with the list.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        list.addAll(problems);
    }

    public void error(String path, int line, int column, String message) {
        add(Problem.error(path, line, column, message));
    }

    public void warning(String path, int line, int column, String message) {
        add(Problem.warning(path, line, column, message));
    }

    public void info(String path, int line, int column, String message) {
        add(Problem.info(path, line, column, message));
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, sorted by position. */
    public synchronized List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Problem.BY_POSITION);
        return List.copyOf(copy);
    }
}
