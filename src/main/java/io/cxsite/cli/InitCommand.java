package io.cxsite.cli;

import io.cxsite.config.BuildDay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Start a new site in DIR (new or empty): help articles with a troubleshooting flow, a guide,"
                + " a report with KPI cards, charts and feedback drivers, metric snapshots, a feedback export,"
                + " topics, the GitHub Pages workflow and the cxsitew wrapper.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "2:usage error, or DIR is not empty"})
final class InitCommand implements Callable<Integer> {
    /** The starter's time zone (site.yaml's timeZone); its sample data ends the month before today there. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @ParentCommand
    Cxsite cxsite;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new site's folder; created if missing, else it must be empty")
    Path dir;

    @Option(names = "--lang", split = ",", paramLabel = "LANG", defaultValue = "en,sv",
            description = "The site's languages, the first the default: en, sv or both. Default: ${DEFAULT-VALUE}")
    List<String> languages;

    @Override
    public Integer call() throws Exception {
        checkLanguages();
        if (!Starter.isNewOrEmpty(dir)) {
            // A usage error, but the usage text would bury the one line that matters.
            cxsite.err.println("error: " + dir + " is not an empty folder; init writes a new site into a new or"
                    + " empty folder and changes nothing else");
            return Cxsite.USAGE;
        }
        WrapperPin pin = WrapperPin.ofRunningJar();
        LocalDate today = BuildDay.today(cxsite.env.get(BuildDay.VARIABLE), ZONE);
        List<Starter.Output> files = new Starter(languages, today, pin).files();
        Files.createDirectories(dir);
        Starter.write(dir, files);
        cxsite.out.println("created a site in " + dir + " (" + files.size() + " files). Next:");
        cxsite.out.println("  cd " + dir + " && ./cxsitew serve");
        if (!pin.release()) {
            cxsite.out.println("note: this cxsite (" + pin.version() + ") is not a release, so ./cxsitew cannot download"
                    + " it; set version, url and sha256 in .cxsite/wrapper.properties to a release"
                    + " (its cxsite.jar.sha256) first");
        }
        return Cxsite.OK;
    }

    private void checkLanguages() {
        if (new HashSet<>(languages).size() != languages.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang names a language twice: " + languages);
        }
        for (String language : languages) {
            if (!Starter.hasPagesIn(language)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--lang: the starter has pages in en and"
                        + " sv, not '" + language + "'; start with one of them and add content/<lang>/ later");
            }
        }
    }
}
