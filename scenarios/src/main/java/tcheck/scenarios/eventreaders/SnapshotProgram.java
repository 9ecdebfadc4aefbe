package tcheck.scenarios.eventreaders;

import java.util.Map;

/** The fixed Event example: a {@link SnapshotUpdater} publishing versions that {@link SnapshotReader}s pick up. */
public final class SnapshotProgram extends ReadersProgram {
    private final SnapshotBoard board;
    private final int size;

    SnapshotProgram(int readers, int updates, int size) {
        super(readers, updates);
        if (size < 1) {
            throw new IllegalArgumentException("the shared data needs at least 1 element, got " + size);
        }
        this.board = new SnapshotBoard(size);
        this.size = size;
    }

    @Override
    Runnable updater() {
        return new SnapshotUpdater(board, size, updates());
    }

    @Override
    Runnable reader(int index, ReadLog log) {
        return new SnapshotReader(board, updates(), log);
    }

    @Override
    void putSharedData(Map<String, Object> state) {
        state.put("latest", board.read().toString());
    }
}
