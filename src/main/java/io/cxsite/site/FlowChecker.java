package io.cxsite.site;

import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.content.LinkRef;
import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.site.FlowSpec.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks one {@code cx-troubleshoot} block as a whole: its keys, its start, its tellUs link and what it reaches. */
final class FlowChecker {
    private final FlowBlock at;
    private final FlowStepReader reader;

    FlowChecker(String path, ReportBlock block, Function<LinkRef, Optional<String>> resolve, Problems problems) {
        this.at = new FlowBlock(path, block, problems);
        this.reader = new FlowStepReader(at, resolve);
    }

    /** The checked flow with HTML id {@code id}, or empty when it has an error (each one reported). */
    Optional<FlowSpec> check(String id) {
        checkNoWords();
        Optional<YamlNode> root = parse().filter(this::isMapping);
        Optional<Entry> stepsEntry = root.flatMap(this::stepsEntry);
        if (stepsEntry.isEmpty()) {
            return Optional.empty();
        }
        YamlNode stepsNode = stepsEntry.get().value();
        List<Step> steps = reader.steps(stepsNode);
        Map<String, Entry> keys = root.get().entries();
        Optional<String> start = start(keys.get("start"), stepsNode.entries().keySet().iterator().next());
        Optional<String> tellUs = tellUs(keys.get("tellUs"));
        if (at.failed() || start.isEmpty()) {
            return Optional.empty();
        }
        unreachable(start.get(), steps, stepsNode);
        return Optional.of(new FlowSpec(id, start.get(), List.copyOf(steps), tellUs, Map.copyOf(reader.links()),
                at.block().line()));
    }

    private void checkNoWords() {
        ReportBlock block = at.block();
        if (!block.words().isEmpty()) {
            at.errorAtFence(ReportBlock.FLOW + " takes nothing after its name, found '"
                    + String.join(" ", block.words()) + "'; write start:, tellUs: and steps: inside the block");
        }
    }

    private boolean isMapping(YamlNode root) {
        if (!root.isMapping()) {
            at.error(root, "a " + ReportBlock.FLOW + " block maps 'steps:' (and optionally 'start:' and 'tellUs:'),"
                    + " found " + root.describe());
        }
        return root.isMapping();
    }

    /** The {@code steps:} entry, when it maps at least one step; its keys are checked on the way. */
    private Optional<Entry> stepsEntry(YamlNode root) {
        at.unknownKeys(root, FlowSpec.KEYS, "; a " + ReportBlock.FLOW + " block takes start, tellUs and steps");
        Entry stepsEntry = root.entries().get("steps");
        if (stepsEntry == null) {
            at.errorAtFence(ReportBlock.FLOW + " has no 'steps:'; add 'steps:' and under it each step by its id,"
                    + " e.g. 'restart:' with 'title:', 'body:' and 'no:'");
            return Optional.empty();
        }
        YamlNode stepsNode = stepsEntry.value();
        if (!stepsNode.isMapping() || stepsNode.entries().isEmpty()) {
            return at.empty(stepsEntry, "'steps:' must map each step id to its step, e.g. 'restart:' with 'title:',"
                    + " 'body:' and 'no:'; found " + stepsNode.describe());
        }
        return Optional.of(stepsEntry);
    }

    /** The block as YAML; its own problems moved to their place in the Markdown file. */
    private Optional<YamlNode> parse() {
        Problems yaml = new Problems();
        Optional<YamlNode> root = YamlNode.parse(at.path(), at.block().text(), yaml);
        Optional<Entry> steps = root.filter(YamlNode::isMapping).map(r -> r.entries().get("steps"))
                .filter(e -> e.value().isMapping() && !e.value().entries().isEmpty());
        for (Problem problem : yaml.sorted()) {
            String message = problem.message();
            if (steps.isPresent() && problem.line() > steps.get().line()
                    && problem.column() == steps.get().value().column()) {
                message = duplicateStep(problem, steps.get().value()).orElse(message);
            }
            at.add(problem, message);
        }
        return root;
    }

    /**
     * YamlNode keeps the first of two equal keys and reports the second; a second key in the
     * column of the step ids is a second step of that id.
     */
    private Optional<String> duplicateStep(Problem problem, YamlNode steps) {
        List<String> lines = at.lines();
        if (problem.line() > lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(problem.line() - 1);
        String rest = line.substring(Math.min(problem.column() - 1, line.length()));
        int colon = rest.indexOf(':');
        String key = (colon < 0 ? rest : rest.substring(0, colon)).strip().replaceAll("^[\"']|[\"']$", "");
        Entry first = steps.entries().get(key);
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of("duplicate step id '" + key + "' (the first is at line " + at.fileLine(first.line())
                + "); rename one of them and the targets that mean it");
    }

    private Optional<String> start(Entry entry, String first) {
        if (entry == null) {
            return Optional.of(first);
        }
        if (entry.value().kind() == YamlNode.Kind.NULL) {
            return at.empty(entry, "'start:' is empty; give the id of the first step, or leave 'start:' out to"
                    + " start at the first step");
        }
        if (entry.value().text().equals(FlowSpec.CONTACT)) {
            at.error(entry.value(), "'start:' must name a step of the flow, not 'contact'");
            return Optional.empty();
        }
        return reader.target(entry.value(), "", "'start:'");
    }

    private Optional<String> tellUs(Entry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        YamlNode value = entry.value();
        if (value.kind() != YamlNode.Kind.STRING || value.text().isBlank()) {
            return at.empty(entry, "'tellUs:' must be a link, e.g. '../contact.md' or"
                    + " 'https://example.com/feedback'; found " + value.describe());
        }
        String destination = value.text().strip();
        reader.link(destination, at.position(value, 0, 0), false);
        return Optional.of(destination);
    }

    /** Steps that no path from the start reaches: not wrong, but no reader will ever see them. */
    private void unreachable(String start, List<Step> steps, YamlNode stepsNode) {
        Map<String, Step> byId = new LinkedHashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (byId.containsKey(next) && seen.add(next)) {
                queue.addAll(byId.get(next).targets());
            }
        }
        for (Step step : steps) {
            if (!seen.contains(step.id())) {
                at.warning(stepsNode.entries().get(step.id()), "step '" + step.id() + "' cannot be reached from the"
                        + " start ('" + start + "'); lead a choice or a 'no:' to it, or remove it");
            }
        }
    }
}
