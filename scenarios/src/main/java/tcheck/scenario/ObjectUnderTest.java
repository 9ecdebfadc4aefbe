package tcheck.scenario;

import tcheck.specs.SequentialSpec;

import java.util.function.Function;

/**
 * The concurrent object a scenario exercises, so its operations can be checked for
 * linearizability: calls to the methods of {@code type} made by the program's threads are
 * recorded as a history (invocation, response, in interleaving order) per object.
 *
 * @param type             the object's interface (e.g. {@code Counter}); its methods are the operations
 * @param spec             the sequential specification for one object, made when the object is first
 *                         used (so it may read the object's initial state, e.g. a starting balance)
 * @param finalObservation a no-argument method called once after all threads joined and recorded as
 *                         a last operation (e.g. {@code get}), so a lost update shows in the history;
 *                         null for none
 */
public record ObjectUnderTest(Class<?> type, Function<Object, SequentialSpec<?>> spec, String finalObservation) {
}
