package tcheck.scenarios.eventreaders;

/**
 * The seed's updater ({@code 002_e91a849d01495b10.txt} lines 584-590) fixed: instead of
 * {@code clear(); data[:] = new; set()} on the shared list, it fills a fresh array and publishes it
 * as a new version on the {@link SnapshotBoard}. The array is never written after publication.
 */
final class SnapshotUpdater implements Runnable {
    private final SnapshotBoard board;
    private final int size;
    private final int updates;

    SnapshotUpdater(SnapshotBoard board, int size, int updates) {
        this.board = board;
        this.size = size;
        this.updates = updates;
    }

    @Override
    public void run() {
        for (int version = 1; version <= updates; version++) {
            int[] next = new int[size]; // built aside: no reader can see it yet
            for (int i = 0; i < size; i++) {
                next[i] = version;
            }
            board.publish(version, next);
        }
    }
}
