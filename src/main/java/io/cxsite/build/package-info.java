/**
 * The pipeline in one place: {@link io.cxsite.build.SiteBuild} loads the sources, stops if any is
 * wrong, assembles the site, renders it and publishes it. Each phase takes the previous phase's
 * immutable output. {@link io.cxsite.build.IncrementalBuild} runs the same phases for serve,
 * keeping what each made between edits and redoing only what an edit affects.
 */
package io.cxsite.build;
