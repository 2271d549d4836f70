package io.cxsite.cli;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "io.cxsite.cli.CheckCommand",
        description = {"Validate everything a build validates (front matter, links, anchors, images, audience) and write nothing.",
                "Then check the rendered pages as people use them: links and #anchors to nothing, images without alt text,"
                        + " empty titles and headings, pages no link leads to (warnings), and in a public build anything internal."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:content or data errors", "2:usage error"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Mixin
    SiteOptions site;

    @Mixin
    BaseUrlOption baseUrl;

    @Option(names = "--built", paramLabel = "FOLDER",
            description = "Check this folder, built earlier with the same --base-url, instead of rendering the site"
                    + " afresh: with --audience public it fails on anything internal in it (the guard before a"
                    + " public deploy)")
    Path built;

    @Override
    public Integer call() throws Exception {
        BuildRequest request = site.request(Optional.empty(), baseUrl.url());
        if (built != null && !Files.isDirectory(built)) {
            cxsite.err.println("error: --built " + built + ": no such folder; build the site into it first");
            return Cxsite.USAGE;
        }
        BuildResult result;
        try (ProgressLine progress = ProgressLine.start("checking", cxsite.err, cxsite.terminal,
                ProgressLine.DELAY_MILLIS, ProgressLine.EVERY_MILLIS)) {
            result = built == null ? SiteBuild.run(request) : SiteBuild.checkBuilt(request, built);
        }
        String what = built == null ? "" : " in " + built.normalize();
        return cxsite.report(result, () -> "checked " + Cxsite.pages(result.pages()) + what
                + ": no errors");
    }
}
