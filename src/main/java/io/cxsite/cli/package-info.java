/**
 * The command line: picocli commands {@code init}, {@code build}, {@code check}, {@code serve} and
 * {@code new} (init's starter site and new's page templates are resources under
 * {@code starter/}; {@code starter/files.txt} lists the files of a new site),
 * exit codes, and printing of problems ({@code path:line:col: error: message}, plus GitHub Actions
 * annotations when {@code GITHUB_ACTIONS=true}). The options build, check and serve share are
 * declared once, in the picocli mixins {@code SiteOptions} and {@code BaseUrlOption}.
 */
package io.cxsite.cli;
