package io.cxsite.feedback;

import io.cxsite.diagnostics.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxsite.config.FeedbackConfig;
import io.cxsite.config.ParserMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV or TSV export row by row: holds its first rows back until they tell the
 * {@link ExportLayout}, then gives each row's cells, by role, to {@link Answers}. Each row keeps the
 * physical line it starts on, quoted line breaks and all.
 */
final class CsvExport {
    private static final CsvFactory CSV = new CsvFactory();
    /** Header rows read before the layout is decided (Qualtrics has three). */
    private static final int HEAD = 3;

    private final ExportFile export;
    /** The first rows, held back until they tell the layout; their lines in a parallel list. */
    private final List<String[]> head = new ArrayList<>(HEAD);
    private final List<Long> headLines = new ArrayList<>(HEAD);
    private final String[] values = new String[FeedbackConfig.ROLES.size()];
    private ExportLayout layout;
    private Answers answers;
    /** Set when the header rows tell no usable layout: the error is reported and nothing more is read. */
    private boolean refused;
    private long rowLine = 1;
    /** Lines before the text this reader was given: 0 for a whole file, more for a later part of one. */
    private final long lineOffset;
    /** Told the layout as soon as the header rows decide it (null when they tell none); for a file read in parts. */
    private final Consumer<ExportLayout> decided;
    private boolean broken;

    private CsvExport(ExportFile export, long lineOffset, ExportLayout given, Consumer<ExportLayout> decided) {
        this.export = export;
        this.lineOffset = lineOffset;
        this.decided = decided;
        if (given != null) {
            layout = given;
            answers = export.answers(given.zone());
        }
    }

    static void read(ExportFile export, Reader text) throws IOException {
        new CsvExport(export, 0, null, layout -> { }).read(text, null);
    }

    /** How reading one part of a file went. */
    enum PartEnd {
        /** Every row of the part was read. */
        READ,
        /** A row could not be read (reported): nothing after it in the file may count. */
        BROKEN,
        /** The first part ended before its header rows told the layout: the file must be read whole. */
        SHORT
    }

    /**
     * Reads one part of a file cut at record starts ({@link CsvSplits}), its rows given to the export's sink.
     *
     * @param firstLine the file's line the part starts on
     * @param layout    the layout the first part's header rows told, or null for the first part itself
     * @param decided   told the first part's layout, or null when its header rows refuse one
     */
    static PartEnd readPart(ExportFile export, Reader text, char delimiter, long firstLine, ExportLayout layout,
            Consumer<ExportLayout> decided) throws IOException {
        CsvExport part = new CsvExport(export, firstLine - 1, layout, decided);
        part.read(text, delimiter);
        if (part.layout == null && !part.refused) {
            return PartEnd.SHORT;
        }
        return part.broken ? PartEnd.BROKEN : PartEnd.READ;
    }

    /**
     * A reader of one part of a file (see {@link #readPart}) whose rows come from another reader of
     * its records ({@link CsvPartBytes}) through {@link #take}.
     */
    static CsvExport part(ExportFile export, long firstLine, ExportLayout layout, Consumer<ExportLayout> decided) {
        return new CsvExport(export, firstLine - 1, layout, decided);
    }

    /** A row that is not blank, starting on that line: held back as a header row, or read as an answer. */
    void take(long line, List<String> cells) {
        rowLine = line;
        row(cells);
    }

    /** The layout the header rows told, or null while they have not told one (or refused one). */
    ExportLayout told() {
        return layout;
    }

    /** Whether the header rows told no usable layout (reported): no more rows are to be taken. */
    boolean refused() {
        return refused;
    }

    /** How reading a part through {@link #take} went, once every row is taken. */
    PartEnd end() {
        return layout == null && !refused ? PartEnd.SHORT : PartEnd.READ;
    }

    /** @param delimiter the delimiter, or null to take the rule's or guess it from the text */
    private void read(Reader text, Character delimiter) throws IOException {
        BufferedReader in = new BufferedReader(text, 1 << 16);
        char separator = delimiter != null ? delimiter
                : export.rule().flatMap(FeedbackConfig.Rule::delimiter).orElseGet(() -> CsvDelimiter.sniff(in));
        LineStarts lines = new LineStarts(in);
        try (CsvParser p = CSV.createParser(lines)) {
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            rows(p, lines);
            if (head.isEmpty() && delimiter == null) {
                export.problems().warning(export.source(), 1, 1,
                        "the export is empty; remove it or export the survey again");
            }
        } catch (JsonProcessingException e) {
            broken = true;
            export.problems().error(export.source(), (int) Math.max(1, rowLine), 1, "cannot read the row that starts"
                    + " here: " + ParserMessage.of(e) + "; a quoted field is probably never closed. Nothing after"
                    + " this line was read: fix the quote, or export the file again");
        }
        // Rows still held back (a short file, or one broken among its first rows) are answers all the same,
        // unless this is the first part of a file whose later parts may hold more header rows.
        if (layout == null && !refused && !head.isEmpty() && delimiter == null) {
            startAnswers();
        }
    }

    /**
     * Gives each row that is not blank to {@link #row}, until the file ends or the layout is refused;
     * its line is counted by {@code lines} from where the parser says it starts.
     */
    private void rows(CsvParser p, LineStarts lines) throws IOException {
        List<String> cells = new ArrayList<>();
        int depth = 0; // the rows are arrays inside one array that wraps the file
        JsonToken t;
        while (!refused && (t = p.nextToken()) != null) {
            if (t == JsonToken.START_ARRAY) {
                depth++;
                cells.clear();
                // The parser has passed the previous row's line break: this row starts here, even when its
                // first field is the quote that is never closed. Its location's char offset is one
                // before the row's first char.
                rowLine = lines.lineOf(p.currentLocation().getCharOffset() + 1) + lineOffset;
            } else if (t == JsonToken.VALUE_STRING) {
                cells.add(p.getText());
            } else if (t == JsonToken.END_ARRAY && depth-- == 2 && !isBlank(cells)) {
                row(cells);
            }
        }
    }

    private void row(List<String> cells) {
        if (layout != null) {
            answer(rowLine, cells);
            return;
        }
        head.add(cells.toArray(String[]::new));
        headLines.add(rowLine);
        if (head.size() == HEAD) {
            startAnswers();
        }
    }

    /** Decides the layout from the rows held back and reads those past the header rows as answers. */
    private void startAnswers() {
        layout = decide();
        decided.accept(layout);
        if (layout == null) {
            refused = true;
            return;
        }
        answers = export.answers(layout.zone());
        for (int i = layout.headerRows(); i < head.size(); i++) {
            answer(headLines.get(i), Arrays.asList(head.get(i)));
        }
    }

    /** The layout the header rows tell, or null (with an error) when a column cannot be found. */
    private ExportLayout decide() {
        ExportLayout found = ExportLayout.detect(head, export.rule());
        List<String> missing = found.applyColumns(export.columns());
        if (!missing.isEmpty()) {
            export.problems().error(export.source(), 1, 1, "site.yaml (feedback rule at line "
                    + export.rule().get().line() + ") names columns this export does not have: "
                    + Problem.printable(String.join(", ", missing)) + "; its columns are "
                    + Problem.printable(String.join(", ", found.names())));
            return null;
        }
        List<String> lacking = new ArrayList<>();
        if (found.column(ExportLayout.SCORE) < 0 && !export.defaults().containsKey("score")) {
            lacking.add("score");
        }
        if (found.column(ExportLayout.DATE) < 0 && !export.defaults().containsKey("date")) {
            lacking.add("date");
        }
        if (!lacking.isEmpty()) {
            export.problems().error(export.source(), 1, 1, "cannot tell which column holds the "
                    + String.join(" and the ", lacking) + " (read as a " + found.format() + " export with columns "
                    + Problem.printable(String.join(", ", found.names())) + "); name it in site.yaml, such as"
                    + " feedback: [{files: \"" + export.file().getFileName() + "\", columns: {" + lacking.get(0)
                    + ": <column name>}}]");
            return null;
        }
        return found;
    }

    private void answer(long line, List<String> cells) {
        int expected = layout.names().size();
        if (cells.size() != expected && !(cells.size() > expected && isBlank(cells.subList(expected, cells.size())))) {
            export.sink().badRow(export.source(), line, "the row has " + cells.size() + " fields where the header"
                    + " has " + expected + "; a comment with an unquoted delimiter or line break?");
            return;
        }
        for (int role = 0; role < values.length; role++) {
            int column = layout.column(role);
            values[role] = column >= 0 ? cells.get(column) : null;
        }
        answers.row(line, values, layout.finished() >= 0 ? cells.get(layout.finished()) : null,
                layout.status() >= 0 ? cells.get(layout.status()) : null);
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
