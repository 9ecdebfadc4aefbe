package tcheck.scenarios.workerpool;

/**
 * The work: tasks 1..m, and a record of how often each was processed (the seed's
 * {@code print("{}: {}".format(self.name, item))}, made checkable). Slot t-1 is written only by the
 * worker that processes task t.
 */
final class Tasks {
    /** The poison pill: "no more tasks, stop" (the seed's {@code None}, 004 line 1537). Tasks are 1..m. */
    static final int PILL = 0;

    final int[] processed;

    Tasks(int count) {
        this.processed = new int[count];
    }

    int count() {
        return processed.length;
    }

    void process(int task) {
        processed[task - 1]++;
    }
}
