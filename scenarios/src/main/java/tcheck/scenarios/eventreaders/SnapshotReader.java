package tcheck.scenarios.eventreaders;

/**
 * The seed's reader ({@code 002_e91a849d01495b10.txt} lines 593-599) fixed: it waits for a version
 * newer than the last one it read, reads that version's values (top half, then bottom half, as the
 * seed does) from the immutable {@link VersionedData} it got, and stops once it has read the last
 * version. The values cannot change under it, so the two halves always belong together.
 */
final class SnapshotReader implements Runnable {
    private final SnapshotBoard board;
    private final int lastVersion;
    private final ReadLog log;

    SnapshotReader(SnapshotBoard board, int lastVersion, ReadLog log) {
        this.board = board;
        this.lastVersion = lastVersion;
        this.log = log;
    }

    @Override
    public void run() {
        int seen = 0;
        while (seen < lastVersion) {
            VersionedData current;
            try {
                current = board.awaitNewer(seen);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop
                return;
            }
            int[] copy = new int[current.size()];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = current.at(i);
            }
            log.add(copy);
            seen = current.version();
        }
    }
}
