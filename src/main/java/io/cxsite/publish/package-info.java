/**
 * Stage 4: output files -> the output folder. Files are written into a staging folder beside the
 * output folder as they are rendered; only a successful build swaps it in, so a failed build leaves
 * the previous {@code public/} exactly as it was. {@link io.cxsite.publish.OutputRule} says which
 * folders a build may replace at all; every folder cxsite makes carries its marker file, and what a
 * build stopped part-way leaves beside the output is put back or deleted by the next build.
 * {@link io.cxsite.publish.OutputFolder} is serve's folder instead, updated in place: it writes only
 * the files whose bytes changed and deletes those no build makes any more. The only package that
 * writes the site to disk.
 */
package io.cxsite.publish;
