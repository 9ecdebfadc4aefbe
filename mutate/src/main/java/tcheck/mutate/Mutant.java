package tcheck.mutate;

import tcheck.scenario.Scenario;

/**
 * One planted bug: a fixed scenario variant with one class replaced by a copy changed at one site.
 *
 * @param id        {@code family/variant#n}, n counting the variant's mutants from 1 in a stable order
 * @param className binary name of the changed class
 * @param file      its source file (from the class file), for {@code file:line}
 * @param bytes     the changed class file
 */
public record Mutant(String id, Scenario scenario, MutationOperator operator, String className, Site site, String file,
                     byte[] bytes) {
    public String where() {
        return file + ":" + site.line();
    }
}
