package tcheck.scenarios.eventreaders;

/**
 * Where the updater publishes whole versions and readers pick them up: the fix for the seed's
 * in-place update ({@code 002_e91a849d01495b10.txt} lines 584-599).
 *
 * <p>Why it works: the updater never touches data a reader can see. It builds the next version
 * aside, as a new immutable {@link VersionedData}, and publishes it with one write of one
 * {@code volatile} reference. A reader gets either the old object or the new one, never half of
 * each, so a torn read is impossible. The version number replaces the event's flag: a reader waits
 * (monitor {@code wait}, in a {@code while} loop, woken by {@code notifyAll}) until the published
 * version is newer than the last one it read, so it can neither read a version twice nor sleep
 * through the last one. It may skip an intermediate version published while it was busy, which is
 * what a snapshot promises.
 *
 * <p>Operations as in {@code tcheck.specs.SnapshotSpec}: {@code publish}, {@code read},
 * {@code awaitNewer}.
 */
public final class SnapshotBoard {
    /** The latest published version; volatile so {@link #read()} needs no lock. */
    private volatile VersionedData latest;

    public SnapshotBoard(int size) {
        this.latest = new VersionedData(0, new int[size]);
    }

    /** Makes {@code (version, values)} the latest version and wakes every waiting reader. */
    public synchronized void publish(int version, int[] values) {
        latest = new VersionedData(version, values);
        notifyAll();
    }

    /** The latest version, whole. */
    public VersionedData read() {
        return latest;
    }

    /** Blocks until a version newer than {@code seenVersion} is published, then returns the latest. */
    public synchronized VersionedData awaitNewer(int seenVersion) throws InterruptedException {
        while (latest.version() <= seenVersion) {
            wait();
        }
        return latest;
    }
}
