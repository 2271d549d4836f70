package io.cxsite.cli;

import io.cxsite.config.BuildDay;
import io.cxsite.config.ConfigLoader;
import io.cxsite.config.SiteConfig;
import io.cxsite.content.ContentLoader;
import io.cxsite.diagnostics.Problems;
import io.cxsite.metrics.Period;
import io.cxsite.site.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a page or snapshot that builds as it is (a draft only with --draft):",
            "  guide TITLE        content/guides/",
            "  help TITLE         content/help/, with a troubleshooting flow to fill in",
            "  report TITLE       content/reports/ (internal): KPI cards, a chart, drivers",
            "  change TITLE       content/changes/ (\"you said, we did\")",
            "  snapshot [PERIOD]  content/metrics/PERIOD.yaml (2026-11, 2026-Q4, 2026-W45);",
            "                     without PERIOD, this month"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "1:site.yaml has errors", "2:usage error, no site.yaml, or the file exists already"})
final class NewCommand implements Callable<Integer> {
    enum Kind { guide, help, report, change, snapshot }

    @ParentCommand
    Cxsite cxsite;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".", description = "Site folder. Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The page's language, one of site.yaml's languages. Default: the site's first")
    String lang;

    @Option(names = "--draft", description = "Mark the page as a draft: left out unless you build with --drafts")
    boolean draft;

    @Parameters(index = "0", paramLabel = "KIND", description = "guide, help, report, change or snapshot")
    Kind kind;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "TITLE",
            description = "Page title (several words are joined); for a snapshot, the period")
    String[] title = {};

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(source.resolve(ConfigLoader.FILE))) {
            cxsite.err.println("error: no site.yaml in " + source.toAbsolutePath().normalize() + "; start a site with"
                    + " 'cxsite init DIR', or pass -s DIR to name the site folder");
            return Cxsite.USAGE;
        }
        Problems problems = new Problems();
        SiteConfig config = ConfigLoader.load(source, problems);
        if (problems.hasErrors()) {
            problems.sorted().forEach(p -> cxsite.err.println(p.format()));
            return Cxsite.CONTENT_ERRORS;
        }
        LocalDate today = BuildDay.today(cxsite.env.get(BuildDay.VARIABLE), config.feedback().timeZone());
        NewFile file = kind == Kind.snapshot ? snapshot(today) : page(config, today);
        Path path = source.resolve(file.path());
        if (Files.exists(path)) {
            cxsite.err.println("error: " + path.normalize() + " exists already; choose another "
                    + (kind == Kind.snapshot ? "period" : "title"));
            return Cxsite.USAGE;
        }
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.text(), StandardCharsets.UTF_8);
        cxsite.out.println("created " + path.normalize() + (draft ? " (a draft: remove 'draft: true' to publish it)" : ""));
        return Cxsite.OK;
    }

    /** At most {@value #FILE_NAME_LIMIT} characters, cut at a word: a long title still makes a file name. */
    static String shortened(String slug) {
        if (slug.length() <= FILE_NAME_LIMIT) {
            return slug;
        }
        int dash = slug.lastIndexOf('-', FILE_NAME_LIMIT);
        return slug.substring(0, dash > 0 ? dash : FILE_NAME_LIMIT);
    }

    private static final int FILE_NAME_LIMIT = 80;

    private record NewFile(String path, String text) {
    }

    private NewFile page(SiteConfig config, LocalDate today) {
        String text = String.join(" ", title).strip();
        String slug = shortened(Page.urlSegment(text));
        if (slug.isEmpty()) {
            throw usage("the title needs letters or digits for a file name");
        }
        String language = lang == null ? config.language() : lang;
        if (!config.languages().contains(language)) {
            throw usage("--lang " + language + " is not one of site.yaml's languages " + config.languages());
        }
        if (kind == Kind.report && !language.equals(config.language())) {
            throw usage("reports are in the site's first language (" + config.language() + "); leave out --lang");
        }
        String folder = config.isSubLanguage(language) ? language + "/" : "";
        String path = switch (kind) {
            case guide -> "guides/" + slug;
            case help -> "help/" + slug;
            case report -> "reports/" + slug;
            case change -> "changes/" + today + "-" + slug;
            case snapshot -> throw new IllegalStateException("a snapshot is not a page");
        };
        Map<String, String> values = Map.of("title", yamlString(text), "today", today.toString(),
                "draft", draft ? "draft: true\n" : "");
        String template = StarterFile.FOLDER + "new/" + kind + ".md";
        return new NewFile(ContentLoader.CONTENT + "/" + folder + path + ".md",
                Starter.fill(StarterFile.read(template), values, template));
    }

    private NewFile snapshot(LocalDate today) {
        if (lang != null || draft) {
            throw usage("a snapshot has no language and is never a draft; leave out --lang and --draft");
        }
        if (title.length > 1) {
            throw usage("a snapshot takes one period, such as 2026-11, 2026-Q4 or 2026-W45");
        }
        Period period = title.length == 0 ? Period.monthOf(today) : Period.parse(title[0])
                .orElseThrow(() -> usage("'" + title[0] + "' is not a period; write 2026-11, 2026-Q4, 2026-W45 or 2026"));
        String template = StarterFile.FOLDER + "new/snapshot.yaml";
        return new NewFile(ContentLoader.CONTENT + "/metrics/" + period.key() + ".yaml",
                Starter.fill(StarterFile.read(template), Map.of("period", period.key()), template));
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
