/**
 * A result as plain text: {@link tcheck.results.text.TextTrace} is the one layout of a trace in
 * text (terminal, CI log, the page's "plain text" view, the JUnit extension's failure message), with
 * what it needs: the folding of bookkeeping steps, the "why it fails" lines, the words of the marks,
 * the verdict in words. Text only: the HTML pages live in {@code reports} and build on these.
 */
package tcheck.results.text;
