package tcheck.mutate;

import org.objectweb.asm.tree.ClassNode;

import java.util.List;

/**
 * One kind of concurrency mistake, planted in bytecode: it finds every site in a class where it
 * applies, and changes exactly one of them in a fresh copy of that class. A change keeps the code
 * verifiable (same stack shape, so the class's frames stay valid).
 */
public interface MutationOperator {
    /** Stable name for tables, JSON and the report: "drop-synchronized-block". */
    String name();

    /** One line: what the operator plants. */
    String description();

    /** Every site in the class, in instruction order. */
    List<Site> sites(ClassNode c);

    /** Changes the site in {@code c}, a fresh copy of the class the site was found in. */
    void apply(ClassNode c, Site site);
}
