package io.cxsite.cli;

import io.cxsite.build.BuildRequest;
import io.cxsite.build.BuildResult;
import io.cxsite.config.ConfigLoader;
import io.cxsite.serve.BuiltFolders;
import io.cxsite.serve.IncrementalBuild;
import io.cxsite.serve.DevServer;
import io.cxsite.serve.SourceWatcher;
import io.cxsite.serve.TemporarySite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site into a temporary folder and serve it on http://127.0.0.1:8080/ with live reload:"
                + " every change under content/, templates/, static/, themes/, i18n/ or to site.yaml rebuilds what it"
                + " affects and reloads open pages; a failed build shows its problems over the page. Stop with Ctrl+C.",
                "With --built FOLDER, serve a folder built earlier exactly as it is, under the path of its base URL:"
                        + " a preview of what will be published, without building or live reload."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Cxsite cxsite;

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}; 0 picks a free one")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (only this machine)")
    String bind;

    @Option(names = "--built", paramLabel = "FOLDER",
            description = "Serve this folder, built earlier, as it is (no build, no live reload)")
    Path built;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "With --built: the URL the folder was built for; the site is served under its path."
                    + " Default: the address the folder's home page names")
    String baseUrl;

    /** Whether the last build failed: the next good one clears the problems shown in the browser. */
    private boolean failing;

    @Override
    public Integer call() throws Exception {
        if (built != null) {
            return preview();
        }
        if (baseUrl != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url goes with --built FOLDER;"
                    + " serve builds the site for its own address, http://" + bind + ":" + port + "/");
        }
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
            cxsite.out.println("serving " + site.source.toAbsolutePath().normalize() + ", built into a temporary"
                    + " folder, at " + url + " (Ctrl+C to stop)");
            watcher.run(changed -> build(build, server, watcher, changed));
            return Cxsite.OK;
        }
    }

    /** Serves {@link #built} as it is, until stopped. */
    private int preview() throws IOException, InterruptedException {
        if (!Files.isDirectory(built)) {
            cxsite.err.println("error: --built " + built + ": no such folder; build the site into it first");
            return Cxsite.USAGE;
        }
        if (baseUrl != null && !ConfigLoader.isAbsoluteHttpUrl(baseUrl)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must be an absolute http(s) URL"
                    + " such as https://acme.github.io/cx/, not '" + baseUrl + "'");
        }
        String basePath = baseUrl != null ? URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/").getRawPath()
                : BuiltFolders.basePath(built).orElse("/");
        try (DevServer server = DevServer.preview(built, bind, port, basePath)) {
            String host = bind.contains(":") ? "[" + bind + "]" : bind;
            String shown = built.isAbsolute() || built.startsWith(".") ? built.toString() : "./" + built;
            cxsite.out.println("serving " + shown + " at http://" + host + ":" + server.port() + basePath
                    + " as built: no rebuilds, no live reload (Ctrl+C to stop)");
            new CountDownLatch(1).await();
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
                cxsite.out.println("rebuilt " + Cxsite.pages(result.pages()) + " in " + clock.millis()
                        + " ms (pages after " + pages + " ms): " + Cxsite.plural(outcome.rendered(), "HTML file")
                        + " rendered (pages, tag, search and redirect pages), "
                        + Cxsite.plural(outcome.written() + finish.written(), "file") + " written"
                        + (build.finished() ? "" : "; search indexes follow with the next rebuild"));
            }
        } catch (IOException | RuntimeException e) {
            cxsite.err.println("error: build failed: " + e);
        }
    }
}
