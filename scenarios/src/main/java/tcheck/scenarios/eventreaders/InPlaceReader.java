package tcheck.scenarios.eventreaders;

/**
 * The seed's reader ({@code 002_e91a849d01495b10.txt} lines 593-599): wait for the event, then read
 * the top half of the shared data and then the bottom half ({@code data[:5]}, {@code data[-5:]}),
 * once per update. It copies element by element into its own {@link ReadLog}.
 *
 * <p>Nothing holds the updater off while the copy is made, so the copy can be torn (see
 * {@link InPlaceUpdater}); and because the event is a flag, the reader can pass {@code await()}
 * again on a flag still set from the update it has already read.
 */
final class InPlaceReader implements Runnable {
    private final int[] data;
    private final Event updated;
    private final int updates;
    private final ReadLog log;

    InPlaceReader(int[] data, Event updated, int updates, ReadLog log) {
        this.data = data;
        this.updated = updated;
        this.updates = updates;
        this.log = log;
    }

    @Override
    public void run() {
        for (int read = 0; read < updates; read++) {
            try {
                updated.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // asked to stop
                return;
            }
            int[] seen = new int[data.length];
            for (int i = 0; i < data.length; i++) { // top half, then bottom half
                seen[i] = data[i];
            }
            log.add(seen);
        }
    }
}
