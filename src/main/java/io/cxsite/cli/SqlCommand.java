package io.cxsite.cli;

import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import io.cxsite.feedback.SqlDialect;
import io.cxsite.feedback.Topics;
import io.cxsite.feedback.TopicsLoader;
import io.cxsite.feedback.WarehouseSql;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Print the SQL that turns a warehouse table of raw answers into aggregated feedback"
                + " (content/feedback/*.agg.csv) and a JSON Lines file of verbatims, with the site's time zone"
                + " (site.yaml) and topics (content/topics.yaml) compiled in.",
                "The table has the columns date (timestamp with time zone), score (0-10), comment, channel,"
                        + " segment and language."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:site.yaml or topics.yaml has errors", "2:usage error"})
final class SqlCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".",
            description = "Site folder. Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--dialect", required = true, paramLabel = "duckdb|spark|bigquery",
            description = "The SQL engine: duckdb, spark or bigquery")
    SqlDialect dialect;

    @Option(names = "--table", paramLabel = "NAME", defaultValue = "answers",
            description = "The table of raw answers, as the engine names it (schema.table). Default: ${DEFAULT-VALUE}")
    String table;

    @Option(names = "--newest", paramLabel = "N", defaultValue = "20",
            description = "Comments kept per topic, month and group for verbatims. Default: ${DEFAULT-VALUE}")
    int newest;

    @Option(names = "--only", paramLabel = "aggregate|verbatims",
            description = "Print only the aggregate's statement or only the verbatims' (with any session setting)")
    WarehouseSql.Part only = WarehouseSql.Part.ALL;

    @Override
    public Integer call() throws Exception {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_$-]*(\\.[A-Za-z_][A-Za-z0-9_$-]*){0,2}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--table must be a table name such as"
                    + " answers or analytics.survey_answers, not '" + table + "'");
        }
        if (newest < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--newest must be 1 or more");
        }
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(source, problems);
        Topics topics = TopicsLoader.load(source, problems);
        for (Problem problem : problems.sorted()) {
            cxsite.err.println(problem.format());
        }
        if (problems.hasErrors()) {
            return Cxsite.CONTENT_ERRORS;
        }
        cxsite.out.print(WarehouseSql.of(dialect, topics, config.feedback().timeZone(), table, newest, only));
        return Cxsite.OK;
    }
}
