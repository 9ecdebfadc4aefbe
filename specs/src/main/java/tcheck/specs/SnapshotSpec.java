package tcheck.specs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Event readers' shared data as an object: one updater publishes whole versions, readers read
 * them. The state is the latest published {@link Snapshot}.
 * <ul>
 *   <li>{@code publish(version, values)}: makes {@code Snapshot(version, values)} the current one;
 *       {@code values} may be a {@code List} of integers or an {@code int[]}.</li>
 *   <li>{@code read()}: returns the current snapshot, whole. A reader that saw half of one version
 *       and half of the next (a torn read) observed a snapshot no order can produce.</li>
 *   <li>{@code awaitNewer(seenVersion)}: <b>blocking</b>; enabled only once the current version is
 *       greater than {@code seenVersion}, then returns the current snapshot. A reader that waited
 *       for an update and got the version it had already seen (a doubled update) is impossible.</li>
 * </ul>
 */
public final class SnapshotSpec implements SequentialSpec<Snapshot> {
    public static final String PUBLISH = "publish";
    public static final String READ = "read";
    public static final String AWAIT_NEWER = "awaitNewer";

    private final Snapshot initial;

    /** Starts at version 0 with no values. */
    public SnapshotSpec() {
        this(Snapshot.of(0));
    }

    public SnapshotSpec(Snapshot initial) {
        this.initial = initial;
    }

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public Snapshot init() {
        return initial;
    }

    @Override
    public Optional<Transition<Snapshot>> apply(Snapshot current, String op, List<?> args) {
        switch (op) {
            case PUBLISH -> {
                Args.count(name(), op, args, 2);
                Snapshot next = new Snapshot(Args.integer(name(), op, args, 0), values(args.get(1)));
                return Optional.of(new Transition<>(null, next));
            }
            case READ -> {
                Args.none(name(), op, args);
                return Optional.of(new Transition<>(current, current));
            }
            case AWAIT_NEWER -> {
                Args.count(name(), op, args, 1);
                if (current.version() <= Args.integer(name(), op, args, 0)) {
                    return Optional.empty(); // nothing newer yet: the reader waits
                }
                return Optional.of(new Transition<>(current, current));
            }
            default -> throw Args.unknown(name(), op, List.of(PUBLISH, READ, AWAIT_NEWER));
        }
    }

    private List<Integer> values(Object arg) {
        Object seq = Outputs.asListIfArray(arg);
        if (!(seq instanceof List<?> list)) {
            throw new IllegalArgumentException("snapshot.publish values must be a list or int[], got " + arg);
        }
        List<Integer> out = new ArrayList<>(list.size());
        for (Object v : list) {
            out.add(Math.toIntExact(((Number) v).longValue()));
        }
        return out;
    }
}
