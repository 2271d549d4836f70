/**
 * The command line: picocli commands {@code build}, {@code check}, {@code serve} and {@code new},
 * exit codes, and printing of problems ({@code path:line:col: error: message}, plus GitHub Actions
 * annotations when {@code GITHUB_ACTIONS=true}).
 */
package io.cxsite.cli;
