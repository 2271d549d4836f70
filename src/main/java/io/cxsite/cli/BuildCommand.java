package io.cxsite.cli;

import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.publish.OutputRule;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site into DIR/public (or -o). A failed build leaves the previous output untouched.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "1:content or data errors (printed as path:line:col: error: message)", "2:usage error"})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Mixin
    SiteOptions site;

    @Mixin
    BaseUrlOption baseUrl;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder, replaced whole by each build: a new or empty folder, or one an earlier build"
                    + " made. Default: DIR/public")
    Path output;

    @Override
    public Integer call() throws Exception {
        Path out = output != null ? output : site.source.resolve("public");
        // DESIGN.md's output-folder rule, checked before any work; the staging folder checks it again.
        Optional<String> refusal = OutputRule.refusal(site.source, out);
        if (refusal.isPresent()) {
            // A usage error, but the usage text would bury the one line that matters.
            cxsite.err.println("error: " + refusal.get());
            return Cxsite.USAGE;
        }
        Stopwatch clock = Stopwatch.start();
        BuildResult result;
        try (ProgressLine progress = ProgressLine.start("building", cxsite.err, cxsite.terminal,
                ProgressLine.DELAY_MILLIS, ProgressLine.EVERY_MILLIS)) {
            result = SiteBuild.run(site.request(Optional.of(out), baseUrl.url()));
        }
        return cxsite.report(result, () -> "built " + Cxsite.pages(result.pages()) + ", " + result.files()
                + " files in all, into " + out.normalize() + " in " + clock.millis() + " ms");
    }
}
