/**
 * The author's loop: {@link io.cxsite.serve.SourceWatcher} reports changed source files,
 * {@code cli} rebuilds what they affect through {@link io.cxsite.build.IncrementalBuild}, and
 * {@link io.cxsite.serve.DevServer} serves the result on loopback with live reload: every HTML page
 * it serves (never the files on disk) gets a script that listens to its event stream, reloads
 * after a good rebuild and shows the problems of a failed one over the page. It answers only
 * requests for loopback names and IP addresses ({@link io.cxsite.serve.HostGuard}), builds into a
 * {@link io.cxsite.serve.TemporarySite} that goes when serve stops, and never serves a file whose
 * real path is outside it.
 */
package io.cxsite.serve;
