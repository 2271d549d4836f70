/**
 * The author's loop: {@link io.cxsite.serve.SourceWatcher} reports changed source files,
 * {@code cli} rebuilds what they affect through {@link io.cxsite.build.IncrementalBuild}, and
 * {@link io.cxsite.serve.DevServer} serves the result on loopback with live reload: every HTML page
 * it serves (never the files on disk) gets a script that listens to its event stream, reloads
 * after a good rebuild and shows the problems of a failed one over the page.
 */
package io.cxsite.serve;
