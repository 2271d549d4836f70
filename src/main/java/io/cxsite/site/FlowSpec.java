package io.cxsite.site;

import io.cxsite.config.YamlMapping;
import io.cxsite.config.YamlNode;
import io.cxsite.config.YamlNode.Entry;
import io.cxsite.content.LinkRef;
import io.cxsite.content.Markdown;
import io.cxsite.content.PageSource;
import io.cxsite.content.ReportBlock;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
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
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * A checked {@code cx-troubleshoot} block: a guided flow whose steps are either questions (each
 * choice leads to a step) or instructions the reader tries ("Did this solve it?": yes ends the flow
 * solved, no leads to {@code no:}). Every key and target is checked at its own line in the Markdown
 * file, so rendering never meets a missing step.
 *
 * @param id     the flow's HTML id, unique on its page: {@code flow-<page slug>}, then {@code -2}, {@code -3}
 * @param start  the id of the first step
 * @param steps  in the order written
 * @param tellUs the link of the solved ending ("tell us what helped") as written, if any
 * @param links  each link destination of the step bodies and of {@code tellUs}, as written, to its
 *               site-relative target ({@code help/contact/}); external links are absent
 * @param line   the file line of the opening fence
 */
public record FlowSpec(String id, String start, List<Step> steps, Optional<String> tellUs, Map<String, String> links,
        int line) {

    /** The target that leaves the flow for the page's contact block ({@code #contact}). */
    public static final String CONTACT = "contact";
    /** The id of the built-in ending that "Yes, it is solved" leads to. */
    public static final String SOLVED = "solved";

    /** A step of the flow. */
    public sealed interface Step permits Question, Instruction {
        String id();

        /** Where the step leads: step ids or {@link #CONTACT}, in order. */
        List<String> targets();
    }

    /** "Which device are you on?": each choice leads to a step (or to {@link #CONTACT}). */
    public record Question(String id, String text, List<Choice> choices) implements Step {
        @Override
        public List<String> targets() {
            return choices.stream().map(Choice::target).toList();
        }
    }

    public record Choice(String label, String target) {
    }

    /** Something to try; {@code body} is the author's Markdown, {@code no} where "No, it did not help" leads. */
    public record Instruction(String id, String title, Node body, String no) implements Step {
        @Override
        public List<String> targets() {
            return List.of(no);
        }
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    static final List<String> KEYS = List.of("start", "tellUs", "steps");
    static final List<String> QUESTION_KEYS = List.of("question", "choices");
    static final List<String> INSTRUCTION_KEYS = List.of("title", "body", "no");
    // Step ids become HTML ids and travel in the URL as #flow-x=a,b,c: no commas, no '=', no spaces.
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /**
     * Checks the {@code cx-troubleshoot} blocks of one page. {@code resolve} turns a link written in
     * the flow into its site-relative target, or reports the miss at the link's position. A flow
     * with an error is reported and left out.
     */
    static List<FlowSpec> check(PageSource source, String pageUrl, Function<LinkRef, Optional<String>> resolve,
            Problems problems) {
        if (source.blocks().stream().noneMatch(ReportBlock::isFlow)) {
            return List.of();
        }
        List<FlowSpec> flows = new ArrayList<>();
        String slug = Page.urlSegment(pageUrl.replaceAll("/$", "").replaceAll(".*/", ""));
        String base = slug.isEmpty() ? "flow" : "flow-" + slug;
        int count = 0;
        for (ReportBlock block : source.blocks()) {
            if (block.isFlow()) {
                count++;
                String id = count == 1 ? base : base + "-" + count;
                new Checker(source.path(), block, resolve, problems).check(id).ifPresent(flows::add);
            }
        }
        return List.copyOf(flows);
    }

    private static final class Checker {
        private final String path;
        private final ReportBlock block;
        private final Function<LinkRef, Optional<String>> resolve;
        private final Problems problems;
        private final List<String> lines;
        private final Map<String, String> links = new LinkedHashMap<>();
        private Set<String> stepIds = Set.of();
        private boolean failed;

        Checker(String path, ReportBlock block, Function<LinkRef, Optional<String>> resolve, Problems problems) {
            this.path = path;
            this.block = block;
            this.resolve = resolve;
            this.problems = problems;
            this.lines = block.text().lines().toList();
        }

        Optional<FlowSpec> check(String id) {
            if (!block.words().isEmpty()) {
                problems.error(path, block.line(), block.column(), ReportBlock.FLOW + " takes nothing after its name,"
                        + " found '" + String.join(" ", block.words()) + "'; write start:, tellUs: and steps: inside"
                        + " the block");
                failed = true;
            }
            Optional<YamlNode> parsed = parse();
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            YamlNode root = parsed.get();
            if (!root.isMapping()) {
                error(root, "a " + ReportBlock.FLOW + " block maps 'steps:' (and optionally 'start:' and 'tellUs:'),"
                        + " found " + root.describe());
                return Optional.empty();
            }
            unknownKeys(root, KEYS, "; a " + ReportBlock.FLOW + " block takes start, tellUs and steps");
            Entry stepsEntry = root.entries().get("steps");
            if (stepsEntry == null) {
                problems.error(path, block.line(), block.column(), ReportBlock.FLOW + " has no 'steps:'; add 'steps:'"
                        + " and under it each step by its id, e.g. 'restart:' with 'title:', 'body:' and 'no:'");
                return Optional.empty();
            }
            YamlNode stepsNode = stepsEntry.value();
            if (!stepsNode.isMapping() || stepsNode.entries().isEmpty()) {
                error(stepsEntry, "'steps:' must map each step id to its step, e.g. 'restart:' with 'title:', 'body:'"
                        + " and 'no:'; found " + stepsNode.describe());
                return Optional.empty();
            }
            stepIds = stepsNode.entries().keySet();
            List<Step> steps = new ArrayList<>();
            for (Entry entry : stepsNode.entries().values()) {
                step(entry).ifPresent(steps::add);
            }
            Optional<String> start = start(root.entries().get("start"), stepsNode.entries().keySet().iterator().next());
            Optional<String> tellUs = tellUs(root.entries().get("tellUs"));
            if (failed || start.isEmpty()) {
                return Optional.empty();
            }
            unreachable(start.get(), steps, stepsNode);
            return Optional.of(new FlowSpec(id, start.get(), List.copyOf(steps), tellUs, Map.copyOf(links),
                    block.line()));
        }

        /** The block as YAML; its own problems moved to their place in the Markdown file. */
        private Optional<YamlNode> parse() {
            Problems yaml = new Problems();
            Optional<YamlNode> root = YamlNode.parse(path, block.text(), yaml);
            Optional<Entry> steps = root.filter(YamlNode::isMapping).map(r -> r.entries().get("steps"))
                    .filter(e -> e.value().isMapping() && !e.value().entries().isEmpty());
            for (Problem problem : yaml.sorted()) {
                String message = problem.message();
                if (steps.isPresent() && problem.line() > steps.get().line()
                        && problem.column() == steps.get().value().column()) {
                    message = duplicateStep(problem, steps.get().value()).orElse(message);
                }
                problems.add(new Problem(path, fileLine(problem.line()), fileColumn(problem.column()),
                        problem.severity(), message));
                failed |= problem.isError();
            }
            return root;
        }

        /**
         * YamlNode keeps the first of two equal keys and reports the second; a second key in the
         * column of the step ids is a second step of that id.
         */
        private Optional<String> duplicateStep(Problem problem, YamlNode steps) {
            if (problem.line() > lines.size()) {
                return Optional.empty();
            }
            String rest = lines.get(problem.line() - 1).substring(Math.min(problem.column() - 1,
                    lines.get(problem.line() - 1).length()));
            int colon = rest.indexOf(':');
            String key = (colon < 0 ? rest : rest.substring(0, colon)).strip().replaceAll("^[\"']|[\"']$", "");
            Entry first = steps.entries().get(key);
            if (first == null) {
                return Optional.empty();
            }
            return Optional.of("duplicate step id '" + key + "' (the first is at line " + fileLine(first.line())
                    + "); rename one of them and the targets that mean it");
        }

        private Optional<Step> step(Entry entry) {
            String stepId = entry.key();
            if (!STEP_ID.matcher(stepId).matches()) {
                String suggestion = Page.urlSegment(stepId);
                error(entry, "step id '" + stepId + "' may hold only letters, digits, '-' and '_', starting with a"
                        + " letter" + (STEP_ID.matcher(suggestion).matches() ? "; write e.g. '" + suggestion + "'" : ""));
            } else if (stepId.equals(SOLVED)) {
                error(entry, "step id 'solved' is taken by the built-in 'Yes, it is solved' ending; rename the step");
            } else if (stepId.equals(CONTACT)) {
                error(entry, "step id 'contact' is taken: as a target it means the page's contact block; rename"
                        + " the step");
            }
            YamlNode value = entry.value();
            if (!value.isMapping()) {
                error(entry, "step '" + stepId + "' must be a question ('question:' and 'choices:') or an instruction"
                        + " ('title:', 'body:' and 'no:'), found " + value.describe());
                return Optional.empty();
            }
            Map<String, Entry> keys = value.entries();
            List<String> known = new ArrayList<>(QUESTION_KEYS);
            known.addAll(INSTRUCTION_KEYS);
            unknownKeys(value, known, "; a question takes question and choices, an instruction title, body and no");
            boolean question = QUESTION_KEYS.stream().anyMatch(keys::containsKey);
            boolean instruction = INSTRUCTION_KEYS.stream().anyMatch(keys::containsKey);
            if (question && instruction) {
                error(entry, "step '" + stepId + "' is both a question (" + present(keys, QUESTION_KEYS) + ") and an"
                        + " instruction (" + present(keys, INSTRUCTION_KEYS) + "); split it into two steps, the"
                        + " question's choices leading to the instruction");
                return Optional.empty();
            }
            if (question) {
                return question(entry);
            }
            if (instruction) {
                return instruction(entry);
            }
            error(entry, "step '" + stepId + "' is empty; give it 'question:' and 'choices:', or 'title:', 'body:'"
                    + " and 'no:'");
            return Optional.empty();
        }

        private Optional<Step> question(Entry entry) {
            Map<String, Entry> keys = entry.value().entries();
            Optional<String> text = text(keys.get("question"), "question");
            Entry choices = keys.get("choices");
            if (!keys.containsKey("question")) {
                error(entry, "step '" + entry.key() + "' has 'choices:' but no 'question:'; add the question they"
                        + " answer, e.g. 'question: Which device are you on?'");
            }
            if (choices == null) {
                error(entry, "question step '" + entry.key() + "' has no 'choices:'; add 'choices:' mapping each"
                        + " answer to the step it leads to, e.g. 'Android: update-app'");
                return Optional.empty();
            }
            if (!choices.value().isMapping() || choices.value().entries().isEmpty()) {
                error(choices, "'choices:' must map each answer to the step it leads to, e.g. 'Android: update-app';"
                        + " found " + choices.value().describe());
                return Optional.empty();
            }
            List<Choice> list = new ArrayList<>();
            for (Entry choice : choices.value().entries().values()) {
                target(choice.value(), entry.key(), "choice '" + choice.key() + "'")
                        .ifPresent(t -> list.add(new Choice(choice.key(), t)));
            }
            return text.map(t -> new Question(entry.key(), t, List.copyOf(list)));
        }

        private Optional<Step> instruction(Entry entry) {
            Map<String, Entry> keys = entry.value().entries();
            Optional<String> title = text(keys.get("title"), "title");
            if (!keys.containsKey("title")) {
                error(entry, "instruction step '" + entry.key() + "' has no 'title:'; add what to do in a few words,"
                        + " e.g. 'title: Restart your phone'");
            }
            Node body = body(keys.get("body"));
            Entry no = keys.get("no");
            if (no == null) {
                error(entry, "instruction step '" + entry.key() + "' has no 'no:'; add 'no: <step id>' for where"
                        + " \"No, it did not help\" leads, or 'no: contact' for the contact block");
                return Optional.empty();
            }
            Optional<String> target = no.value().kind() == YamlNode.Kind.NULL
                    ? empty(no, "'no:' is empty; give the step id \"No, it did not help\" leads to, or 'contact'")
                    : target(no.value(), entry.key(), "'no:'");
            return title.flatMap(t -> target.map(n -> new Instruction(entry.key(), t, body, n)));
        }

        private Optional<String> start(Entry entry, String first) {
            if (entry == null) {
                return Optional.of(first);
            }
            if (entry.value().kind() == YamlNode.Kind.NULL) {
                return empty(entry, "'start:' is empty; give the id of the first step, or leave 'start:' out to"
                        + " start at the first step");
            }
            if (entry.value().text().equals(CONTACT)) {
                error(entry.value(), "'start:' must name a step of the flow, not 'contact'");
                return Optional.empty();
            }
            return target(entry.value(), "", "'start:'");
        }

        /** A step id (or {@link #CONTACT}) that {@code what} of step {@code from} leads to, checked at its own position. */
        private Optional<String> target(YamlNode value, String from, String what) {
            if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.kind() == YamlNode.Kind.NULL) {
                error(value, what + " must name one step, found " + value.describe());
                return Optional.empty();
            }
            String target = value.text();
            if (target.equals(CONTACT)) {
                return Optional.of(target);
            }
            if (target.equals(from)) {
                error(value, what + " of step '" + from + "' leads back to the same step; name the step to try"
                        + " next, or 'contact'");
                return Optional.empty();
            }
            if (stepIds.contains(target)) {
                return Optional.of(target);
            }
            List<String> known = new ArrayList<>(stepIds);
            known.add(CONTACT);
            String hint = YamlMapping.hint(target, known);
            List<String> ids = new ArrayList<>(stepIds);
            String listed = String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", ..." : "");
            error(value, what + " leads to '" + target + "', which is not a step of this flow" + hint + "; its steps"
                    + " are " + listed + ", and 'contact' leads to the contact block");
            return Optional.empty();
        }

        private Optional<String> tellUs(Entry entry) {
            if (entry == null) {
                return Optional.empty();
            }
            YamlNode value = entry.value();
            if (value.kind() != YamlNode.Kind.STRING || value.text().isBlank()) {
                error(entry, "'tellUs:' must be a link, e.g. '../contact.md' or 'https://example.com/feedback';"
                        + " found " + value.describe());
                return Optional.empty();
            }
            String destination = value.text().strip();
            int[] at = position(value, 0, 0);
            resolve.apply(new LinkRef(destination, at[0], at[1], false)).ifPresent(t -> links.put(destination, t));
            return Optional.of(destination);
        }

        /** Optional text such as a question or a title: a non-empty scalar. */
        private Optional<String> text(Entry entry, String key) {
            if (entry == null) {
                return Optional.empty();
            }
            YamlNode value = entry.value();
            if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE || value.text().isBlank()) {
                error(entry, "'" + key + ":' must be text, found " + value.describe());
                return Optional.empty();
            }
            return Optional.of(value.text().strip());
        }

        /** The instruction's Markdown, its links resolved like the page's own. */
        private Node body(Entry entry) {
            if (entry == null || entry.value().kind() == YamlNode.Kind.NULL) {
                return Markdown.PARSER.parse("");
            }
            YamlNode value = entry.value();
            if (value.isMapping() || value.kind() == YamlNode.Kind.SEQUENCE) {
                error(entry, "'body:' must be Markdown text (write 'body: |' and the text indented below it),"
                        + " found " + value.describe());
                return Markdown.PARSER.parse("");
            }
            Node body = Markdown.PARSER.parse(value.text());
            body.accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    link(link.getDestination(), link, false);
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    link(image.getDestination(), image, true);
                    visitChildren(image);
                }

                private void link(String destination, Node node, boolean image) {
                    List<SourceSpan> spans = node.getSourceSpans();
                    int[] at = spans.isEmpty() ? position(value, 0, 0)
                            : position(value, spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
                    resolve.apply(new LinkRef(destination, at[0], at[1], image)).ifPresent(t -> links.put(destination, t));
                }
            });
            return body;
        }

        /**
         * The file line and column of a place inside a scalar: its {@code line}-th line, {@code column}
         * characters in. A block scalar ({@code |} or {@code >}) starts on the next line at its
         * indentation; a quoted one after its quote. Folded lines are counted as written.
         */
        private int[] position(YamlNode value, int line, int column) {
            String first = value.line() <= lines.size() ? lines.get(value.line() - 1) : "";
            char style = value.column() <= first.length() ? first.charAt(value.column() - 1) : ' ';
            if ((style == '|' || style == '>') && value.line() + line < lines.size()) {
                int yamlLine = value.line() + 1 + line;
                int indent = indentOf(value.line() + 1);
                return new int[] {fileLine(yamlLine), fileColumn(indent + 1 + column)};
            }
            int offset = style == '"' || style == '\'' ? 1 : 0;
            return new int[] {fileLine(value.line() + line), fileColumn(value.column() + offset + column)};
        }

        /** The indentation of the first non-blank line from {@code yamlLine} on: a block scalar's. */
        private int indentOf(int yamlLine) {
            for (int i = yamlLine - 1; i < lines.size(); i++) {
                String text = lines.get(i);
                if (!text.isBlank()) {
                    return text.length() - text.stripLeading().length();
                }
            }
            return 0;
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
                    Entry entry = stepsNode.entries().get(step.id());
                    problems.warning(path, fileLine(entry.line()), fileColumn(entry.column()), "step '" + step.id()
                            + "' cannot be reached from the start ('" + start + "'); lead a choice or a 'no:' to it,"
                            + " or remove it");
                }
            }
        }

        private void unknownKeys(YamlNode mapping, List<String> known, String takes) {
            for (Entry entry : mapping.entries().values()) {
                if (!known.contains(entry.key())) {
                    String hint = YamlMapping.hint(entry.key(), known);
                    error(entry, "unknown key '" + entry.key() + "'" + hint + takes);
                }
            }
        }

        private static String present(Map<String, Entry> keys, List<String> group) {
            return String.join(", ", group.stream().filter(keys::containsKey).map(k -> k + ":").toList());
        }

        private Optional<String> empty(Entry entry, String message) {
            error(entry, message);
            return Optional.empty();
        }

        private void error(Entry entry, String message) {
            failed = true;
            problems.error(path, fileLine(entry.line()), fileColumn(entry.column()), message);
        }

        private void error(YamlNode node, String message) {
            failed = true;
            problems.error(path, fileLine(node.line()), fileColumn(node.column()), message);
        }

        /** The block's YAML starts on the line after the opening fence. */
        private int fileLine(int yamlLine) {
            return block.line() + yamlLine;
        }

        private int fileColumn(int yamlColumn) {
            return block.textColumn() - 1 + yamlColumn;
        }
    }
}
