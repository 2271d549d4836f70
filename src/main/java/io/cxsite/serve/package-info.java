/**
 * The author's loop: {@link io.cxsite.serve.SourceWatcher} reports changed source files,
 * {@code cli} rebuilds what they affect through {@link io.cxsite.serve.IncrementalBuild}, and
 * {@link io.cxsite.serve.DevServer} serves the result on loopback with live reload: every HTML page
 * it serves (never the files on disk) gets a script that listens to its event stream, reloads
 * after a good rebuild and shows the problems of a failed one over the page. It answers only
 * requests for loopback names and IP addresses ({@link io.cxsite.serve.HostGuard}), builds into a
 * {@link io.cxsite.serve.TemporarySite} that goes when serve stops, and never serves a file whose
 * real path is outside it.
 *
 * <p>The incremental build runs {@link io.cxsite.build.SiteBuild}'s phases and keeps what each made
 * between edits: the parsed sources ({@code SourceCache}), the last site, into which a body-only
 * edit is swapped ({@code BodySwap}), and what each file was rendered from ({@code RenderMemory});
 * it publishes through {@link io.cxsite.publish.OutputFolder}, writing only the files that changed.
 */
package io.cxsite.serve;
