/**
 * Stage 4: output files -> the output folder. Files are written into a staging folder beside the
 * output folder as they are rendered; only a successful build swaps it in, so a failed build leaves
 * the previous {@code public/} exactly as it was. The only package that writes the site to disk.
 */
package io.cxsite.publish;
