/**
 * The pipeline in one place: {@link io.cxsite.build.SiteBuild} loads the sources, stops if any is
 * wrong, assembles the site, renders it and publishes it. Each phase takes the previous phase's
 * immutable output. Serve's incremental build runs the same phases; for it, {@code SiteBuild}
 * exposes how a request configures the site ({@code config}), when problems stop a build
 * ({@code failed}) and how a build reports ({@code result}).
 */
package io.cxsite.build;
