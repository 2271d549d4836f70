/**
 * The pipeline in one place: {@link io.cxsite.build.SiteBuild} loads the sources, stops if any is
 * wrong, assembles the site, renders it and publishes it. Each phase takes the previous phase's
 * immutable output.
 */
package io.cxsite.build;
