package io.cxsite.cli;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.serve.IncrementalBuild;
import io.cxsite.serve.DevServer;
import io.cxsite.serve.SourceWatcher;
import io.cxsite.serve.TemporarySite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site into a temporary folder and serve it on http://127.0.0.1:8080/ with live reload:"
                + " every change under content/, templates/, static/, themes/, i18n/ or to site.yaml rebuilds what it"
                + " affects and reloads open pages; a failed build shows its problems over the page. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}; 0 picks a free one")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (only this machine)")
    String bind;

    /** Whether the last build failed: the next good one clears the problems shown in the browser. */
    private boolean failing;

    @Override
    public Integer call() throws Exception {
        // Pages are read under the read lock and published under the write lock: no page comes from half a build.
        ReadWriteLock lock = new ReentrantReadWriteLock();
        try (TemporarySite temporary = TemporarySite.create();
             DevServer server = DevServer.start(temporary.output(), bind, port, "/", lock.readLock());
             SourceWatcher watcher = new SourceWatcher(site.source)) {
            Path output = temporary.output();
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String url = "http://" + host + ":" + server.port() + "/";
            // Links must work on this server, whatever baseUrl the site publishes at.
            BuildRequest request = site.request(Optional.of(output), Optional.of(url));
            IncrementalBuild build = IncrementalBuild.of(request, lock.writeLock());
            build(build, server, watcher, List.of(site.source));
            cxsite.out.println("serving " + site.source.toAbsolutePath().normalize() + " at " + url
                    + " (Ctrl+C to stop)");
            watcher.run(changed -> build(build, server, watcher, changed));
            return Cxsite.OK;
        }
    }

    /** Whether more edits wait; when the watcher cannot tell, it answers yes, and the next rebuild looks. */
    private static boolean waiting(SourceWatcher watcher) {
        try {
            return watcher.changesWaiting();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Brings the served folder up to date: the pages first, then open pages reload (or show the
     * problems), then the sitemap, feed and search indexes, given up as soon as more edits wait.
     */
    private void build(IncrementalBuild build, DevServer server, SourceWatcher watcher, Collection<Path> changed) {
        try {
            Stopwatch clock = Stopwatch.start();
            IncrementalBuild.Outcome outcome = build.update(changed);
            long pages = clock.millis();
            BuildResult result = outcome.result();
            boolean good = cxsite.report(result) == Cxsite.OK;
            if (good && (outcome.written() + outcome.deleted() > 0 || failing)) {
                server.reload();
            } else if (!good) {
                server.problems(result.problems());
                cxsite.err.println("the last good build stays online until the errors are fixed");
            }
            failing = !good;
            // The next rebuild makes them anyway: giving up when the author saves again keeps typing fast.
            IncrementalBuild.Outcome finish = build.finish(() -> waiting(watcher));
            if (good) {
                cxsite.out.println("rebuilt in " + clock.millis() + " ms (pages after " + pages + " ms): "
                        + Cxsite.plural(outcome.rendered(), "page") + " rendered, " + Cxsite.plural(outcome.written() + finish.written(), "file") + " written"
                        + (build.finished() ? "" : "; search indexes follow with the next rebuild"));
            }
        } catch (IOException | RuntimeException e) {
            cxsite.err.println("error: build failed: " + e);
        }
    }
}
