package tcheck.conformance.plain;

import tcheck.conformance.Expect;

import java.lang.reflect.Field;

import static tcheck.conformance.Expect.Verdict.COUNTEREXAMPLE;

/**
 * One thread increments {@code count} directly, the other through reflection ({@code Field.getInt},
 * then {@code Field.setInt}): a read-modify-write either way, and reflection takes no lock, so one
 * increment can be lost, as between two {@code count++}. A checker that sees field instructions but
 * not reflective calls finds no conflict between the two threads and calls the program correct.
 */
@Expect(value = COUNTEREXAMPLE, kind = {"invariant", "data-race"})
public class ReflectiveIncrementBesideADirectOne implements Runnable {
    private int count;

    @Override
    public void run() {
        Field field;
        try {
            field = ReflectiveIncrementBesideADirectOne.class.getDeclaredField("count");
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        Thread direct = new Thread(() -> count++, "direct");
        Thread reflective = new Thread(() -> {
            try {
                field.setInt(this, field.getInt(this) + 1);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }, "reflective");
        direct.start();
        reflective.start();
        try {
            direct.join();
            reflective.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (count != 2) {
            throw new AssertionError("count " + count + ": an increment was lost");
        }
    }
}
