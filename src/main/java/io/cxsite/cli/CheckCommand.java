package io.cxsite.cli;

import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Override
    public Integer call() throws Exception {
        BuildResult result = SiteBuild.run(site.request(Optional.empty(), baseUrl.url()));
        return cxsite.report(result, () -> "checked " + Cxsite.plural(result.pages(), "page") + ": no errors");
    }
}
