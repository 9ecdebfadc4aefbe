/**
 * The results contract (DESIGN.md, "Results"): one {@link tcheck.results.Result} per (scenario
 * variant, engine), written and read as JSON by {@link tcheck.results.ResultsFiles}. A module of its
 * own, depending on Jackson only, so every engine, the reports and scripts share it without the explorer.
 *
 * <p>Verdicts and kinds are types ({@link tcheck.results.Verdict}, {@link tcheck.results.FailureKind}),
 * each written in the contract's spelling ({@code "counterexample"}, {@code "not-observed"},
 * {@code "data-race"}, ...). Those spellings are the ones the strings had, so the files on disk are
 * unchanged and {@link tcheck.results.Result#SCHEMA} stays 1: no value changed its meaning.
 */
package tcheck.results;
