package tcheck.scenarios.eventreaders;

/**
 * The seed's updater ({@code 002_e91a849d01495b10.txt} lines 584-590): {@code updated.clear()}, write
 * the new data into the shared list in place ({@code data[:] = ...}), {@code updated.set()}, again
 * and again. Update {@code v} writes {@code v} into every element, so a reader's copy shows which
 * update each element came from.
 *
 * <p><b>The bug.</b> The event says "there was an update", not "the data is stable now": nothing
 * stops a reader that was woken by update 1 from still reading while this thread clears the event
 * and overwrites the same array with update 2. The reader then copies some elements of update 2
 * and some of update 1: a <em>torn read</em>, data that no update ever published. And since the flag
 * is a state, not a counter, a reader can come back to a flag still set from the previous update
 * and read it twice, or sleep through an update.
 */
final class InPlaceUpdater implements Runnable {
    private final int[] data;
    private final Event updated;
    private final int updates;

    InPlaceUpdater(int[] data, Event updated, int updates) {
        this.data = data;
        this.updated = updated;
        this.updates = updates;
    }

    @Override
    public void run() {
        for (int version = 1; version <= updates; version++) {
            updated.clear();
            for (int i = 0; i < data.length; i++) { // in place, element by element: readers may be reading
                data[i] = version;
            }
            updated.set();
        }
    }
}
