/**
 * The author's loop: {@link io.cxsite.serve.DevServer} serves a built site on loopback and
 * {@link io.cxsite.serve.SourceWatcher} rebuilds it when a source file changes.
 */
package io.cxsite.serve;
