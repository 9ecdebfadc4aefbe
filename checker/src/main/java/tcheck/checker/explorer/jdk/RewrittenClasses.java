package tcheck.checker.explorer.jdk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The JDK classes as {@link JdkTransformer} rewrote them in an earlier JVM, kept in a file so that the next
 * one skips rewriting them (most of the time it takes to put {@code java.util.concurrent} under control, at
 * every start). Used only where the launcher names a directory ({@code -Dtcheck.jdk.cache}) and tcheck runs
 * from its jar: the file is that jar's and that JDK's (its name says both), and each class is taken only when
 * the bytes it was rewritten from are the ones given now (a checksum of them is kept beside it). A file that
 * cannot be read or written is no error: the classes are rewritten, as without one.
 */
final class RewrittenClasses {
    private static final int FORMAT = 1;

    private final Path file;
    private final Map<String, Entry> entries = new HashMap<>();
    private boolean changed;

    private record Entry(long sourceChecksum, byte[] rewritten) {
    }

    private RewrittenClasses(Path file) {
        this.file = file;
    }

    /** The cache of this JVM and this jar in the directory the launcher gave, or null where there is none. */
    static RewrittenClasses open() {
        String dir = System.getProperty("tcheck.jdk.cache");
        Path jar = ownJar();
        if (dir == null || dir.isEmpty() || jar == null) {
            return null;
        }
        try {
            String identity = System.getProperty("java.home") + "|" + System.getProperty("java.vm.version") + "|" + jar
                    + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
            return at(Path.of(dir).resolve("jdk-" + Long.toHexString(checksum(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    + ".classes"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cache kept in this file (read now, if it is there). */
    static RewrittenClasses at(Path file) {
        RewrittenClasses cache = new RewrittenClasses(file);
        cache.read();
        return cache;
    }

    private static Path ownJar() {
        try {
            var source = RewrittenClasses.class.getProtectionDomain().getCodeSource();
            Path p = source == null ? null : Path.of(source.getLocation().toURI());
            return p != null && Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The class as rewritten before from exactly these bytes: an empty array when it was left as it is; null when not known. */
    synchronized byte[] get(String className, byte[] source) {
        Entry e = entries.get(className);
        return e != null && e.sourceChecksum == checksum(source) ? e.rewritten : null;
    }

    /** Keeps a rewriting ({@code rewritten} null: the class was left as it is). */
    synchronized void put(String className, byte[] source, byte[] rewritten) {
        entries.put(className, new Entry(checksum(source), rewritten == null ? new byte[0] : rewritten));
        changed = true;
    }

    /** Writes the file when something was added: whole, under another name first, so a reader never sees half of it. */
    synchronized void save() {
        if (!changed) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeInt(entries.size());
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeLong(e.getValue().sourceChecksum);
                    out.writeInt(e.getValue().rewritten.length);
                    out.write(e.getValue().rewritten);
                }
            }
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            changed = false;
        } catch (IOException | RuntimeException e) {
            // no cache this time: the next JVM rewrites the classes again
        }
    }

    private void read() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != FORMAT) {
                return;
            }
            int n = in.readInt();
            Map<String, Entry> read = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String name = in.readUTF();
                long sum = in.readLong();
                byte[] rewritten = new byte[in.readInt()];
                in.readFully(rewritten);
                read.put(name, new Entry(sum, rewritten));
            }
            entries.putAll(read); // all or nothing: a file cut short adds none
        } catch (IOException | RuntimeException e) {
            entries.clear();
        }
    }

    private static long checksum(byte[] b) {
        CRC32 crc = new CRC32();
        crc.update(b);
        return crc.getValue() << 32 | Arrays.hashCode(b) & 0xFFFFFFFFL; // two different sums: a collision of both is no concern
    }
}
