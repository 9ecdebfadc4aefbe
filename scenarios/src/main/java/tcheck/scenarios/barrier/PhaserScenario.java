package tcheck.scenarios.barrier;

import tcheck.scenario.Bound;
import tcheck.scenario.Expected;
import tcheck.scenario.Program;

import java.util.concurrent.Phaser;

/**
 * {@code barrier/phaser}: double buffering with a {@link Phaser} ({@link PhaserRounds}):
 * {@code arriveAndAwaitAdvance()} once per round, rounds alternating between two sets of cells
 * ({@code 002_e91a849d01495b10.txt} lines 1096-1121, with the JDK's numbered, reusable barrier).
 */
public final class PhaserScenario extends BarrierScenario {
    @Override
    public String variant() {
        return "phaser";
    }

    @Override
    public Expected expected() {
        return Expected.FIXED;
    }

    @Override
    public String title() {
        return "Phaser: arriveAndAwaitAdvance once per round, double-buffered";
    }

    @Override
    public String lesson() {
        return "A Phaser is a reusable barrier that numbers its phases. Each worker arrives and waits once per round,"
                + " and the rounds alternate between two sets of cells, so no round's write lands where the previous"
                + " round is still being read.";
    }

    @Override
    public String expectedKind() {
        return null;
    }

    @Override
    public Program newProgram(Bound bound) {
        Board board = board(bound);
        Phaser phaser = new Phaser(bound.threads());
        return new PhasesProgram(board, me -> new PhaserRounds(board, phaser, me), true);
    }
}
