package io.cxsite.cli;

import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate everything a build validates (front matter, links, anchors, images, audience) and write nothing.",
                "Then check the rendered pages as people use them: links and #anchors to nothing, images without alt text,"
                        + " empty titles and headings, pages no link leads to (warnings), and in a public build anything internal."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors", "1:content or data errors", "2:usage error"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site will be published at (overrides site.yaml), so that links are checked"
                    + " under the path they will be served from")
    String baseUrl;

    @Override
    public Integer call() throws Exception {
        BuildResult result = SiteBuild.run(site.request(spec, Optional.empty(), Optional.ofNullable(baseUrl)));
        int code = cxsite.report(result);
        if (code == Cxsite.OK) {
            cxsite.out.println("checked " + Cxsite.plural(result.pages(), "page") + ": no errors");
        }
        return code;
    }
}
