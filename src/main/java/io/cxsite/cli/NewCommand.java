package io.cxsite.cli;

import io.cxsite.content.ContentLoader;
import io.cxsite.site.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a page with front matter: guide -> content/guides/, help -> content/help/,"
                + " report -> content/reports/ (internal).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "2:usage error, or the file exists already"})
final class NewCommand implements Callable<Integer> {
    enum Kind { guide, help, report }

    @ParentCommand
    Cxsite cxsite;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", defaultValue = ".", description = "Site folder. Default: ${DEFAULT-VALUE}")
    Path source;

    @Parameters(index = "0", paramLabel = "KIND", description = "guide, help or report")
    Kind kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TITLE", description = "Page title (several words are joined)")
    String[] title;

    @Override
    public Integer call() throws Exception {
        String text = String.join(" ", title).strip();
        String slug = Page.urlSegment(text);
        if (slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the title needs letters or digits for a file name");
        }
        String folder = switch (kind) {
            case guide -> "guides";
            case help -> "help";
            case report -> "reports";
        };
        Path file = source.resolve(ContentLoader.CONTENT).resolve(folder).resolve(slug + ".md");
        if (Files.exists(file)) {
            cxsite.err.println("error: " + file.normalize() + " exists already; choose another title");
            return Cxsite.USAGE;
        }
        Files.createDirectories(file.getParent());
        String audience = kind == Kind.report ? "audience: internal\n" : "";
        String page = "---\n"
                + "title: " + yamlString(text) + "\n"
                + "description: \"\"\n"
                + "date: " + LocalDate.now() + "\n"
                + "tags: []\n"
                + audience
                + "draft: true\n"
                + "---\n\n"
                + "Write the page here. Link other pages by their file, e.g. `[contact](../help/contact.md)`.\n";
        Files.writeString(file, page, StandardCharsets.UTF_8);
        cxsite.out.println("created " + file.normalize() + " (draft: remove 'draft: true' to publish it)");
        return Cxsite.OK;
    }

    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
