package tcheck.engines.jpf.target;

import tcheck.scenario.Bound;
import tcheck.scenario.Program;
import tcheck.scenario.Scenario;

/**
 * A scenario variant as a plain {@code main}, the program Java PathFinder model-checks: a fresh
 * program at the given bound, its body (which starts and joins the threads), then its final check,
 * whose {@code Violation} is an uncaught exception JPF reports.
 *
 * <p>Arguments: the scenario class, then threads, operations and capacity of the bound.
 */
public final class ScenarioMain {
    private ScenarioMain() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s = (Scenario) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        Program p = s.newProgram(new Bound(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3])));
        p.run();
        p.check();
    }
}
