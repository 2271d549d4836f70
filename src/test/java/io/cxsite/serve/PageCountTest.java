package io.cxsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.build.SiteBuild;
import io.cxsite.build.TestSite;
import io.cxsite.config.AudienceScope;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build and serve give one page count for the same site: its Markdown pages and sections, report pages included. */
class PageCountTest {
    @TempDir
    Path out;

    @Test
    void buildAndServeCountTheSamePages() throws Exception {
        BuildRequest build = new BuildRequest(TestSite.REPO, Optional.of(out.resolve("built")), Optional.empty(),
                Optional.of(AudienceScope.ALL), false, false);
        BuildResult built = SiteBuild.run(build);
        BuildRequest serve = new BuildRequest(TestSite.REPO, Optional.of(out.resolve("served")), Optional.empty(),
                Optional.of(AudienceScope.ALL), false, false);
        IncrementalBuild.Outcome served = IncrementalBuild.of(serve, new ReentrantLock()).update(List.of(TestSite.REPO));
        assertEquals(built.pages(), served.result().pages());
        // serve's other number counts every HTML file it rendered: tag, search and redirect pages too.
        assertTrue(served.rendered() > built.pages(), served.rendered() + " HTML files, " + built.pages() + " pages");
    }
}
