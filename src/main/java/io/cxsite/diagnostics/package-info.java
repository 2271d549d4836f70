/**
 * Ground floor of the pipeline: {@link io.cxsite.diagnostics.Problem}s with a source position,
 * collected by every stage into {@link io.cxsite.diagnostics.Problems}. Imports nothing of cxsite.
 */
package io.cxsite.diagnostics;
