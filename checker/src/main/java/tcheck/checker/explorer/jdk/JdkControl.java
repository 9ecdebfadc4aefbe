package tcheck.checker.explorer.jdk;

import net.bytebuddy.agent.ByteBuddyAgent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Puts the JDK's concurrency code under the explorer's control, once per JVM: obtains an
 * {@link Instrumentation} (from the launcher's {@code Launcher-Agent-Class}, or by attaching to this
 * JVM), defines the bridge in the bootstrap loader where {@code java.base} can call it, and
 * retransforms {@code java.util.concurrent} and {@code Thread.run()}. The result is a one-line reason
 * when that is impossible, so the explorer can refuse code it would not control instead of guessing.
 */
public final class JdkControl {
    private static final String BRIDGE = "tcheck.jdkbridge.JdkBridge";
    private static final String[] BRIDGE_CLASSES = {"tcheck/jdkbridge/JdkBridge", "tcheck/jdkbridge/JdkBridge$Handler",
        "tcheck/jdkbridge/JdkBridge$Internal"};
    private static volatile Instrumentation fromLauncher;
    private static String problem;
    private static volatile boolean installed;

    private JdkControl() {
    }

    /** {@code Launcher-Agent-Class} of the tcheck jar: the JVM hands over the instrumentation at start. */
    public static void agentmain(String args, Instrumentation inst) {
        fromLauncher = inst;
    }

    public static void premain(String args, Instrumentation inst) {
        fromLauncher = inst;
    }

    /** Whether this JVM's java.util.concurrent has been rewritten for the explorer (other agents must keep away). */
    public static boolean installed() {
        return installed;
    }

    /** Installs the control if not done yet; returns null when the JDK's classes are controlled, else why not. */
    public static synchronized String ensureInstalled() {
        if (installed || problem != null) {
            return problem;
        }
        if ("false".equals(System.getProperty("tcheck.jdk.control"))) {
            problem = "turned off with -Dtcheck.jdk.control=false";
            return problem;
        }
        long start = System.nanoTime();
        try {
            Instrumentation inst = fromLauncher != null ? fromLauncher : ByteBuddyAgent.install();
            Module base = Object.class.getModule();
            Module explorer = JdkControl.class.getModule();
            Class<?> bridge = bridgeOnBootPath();
            if (bridge == null) {
                bridge = defineInBootLoader(inst, base, explorer);
            }
            if (bridge == null) { // no way to define it there: on the boot class path (class-data sharing then goes off)
                inst.appendToBootstrapClassLoaderSearch(new JarFile(bridgeJar().toFile()));
                bridge = Class.forName(BRIDGE, true, null);
            }
            // java.base must read the bootstrap loader's unnamed module to link the rewritten call sites
            Map<String, Set<Module>> exports = new java.util.HashMap<>();
            for (String internal : new String[] {"jdk.internal.vm", "jdk.internal.access"}) {
                if (base.getPackages().contains(internal)) {
                    // the uncontrolled path of a rewritten thread start; the virtual substrate asks whether a continuation is pinned
                    exports.put(internal, Set.of(bridge.getModule(), explorer));
                }
            }
            // the explorer reads which lock a read-write lock's view or a condition belongs to (JdkLocks), and a barrier's
            // action (BarrierModel); it gives virtual threads a scheduler of its own (VirtualCarriers); it reads which
            // monitor a synchronized collection locks (SynchronizedMutex)
            Map<String, Set<Module>> opens = Map.of("java.util.concurrent.locks", Set.of(explorer),
                    "java.util.concurrent", Set.of(explorer), "java.lang", Set.of(explorer), "java.util", Set.of(explorer));
            inst.redefineModule(base, Set.of(bridge.getModule()), exports, opens, Set.of(), Map.of());
            RewrittenClasses rewritten = RewrittenClasses.open();
            JdkTransformer transformer = new JdkTransformer(rewritten);
            inst.addTransformer(transformer, true);
            List<Class<?>> loaded = new ArrayList<>();
            for (Class<?> c : inst.getAllLoadedClasses()) {
                if (c.getClassLoader() == null && JdkTransformer.targets(c.getName().replace('.', '/'))
                        && inst.isModifiableClass(c)) {
                    loaded.add(c);
                }
            }
            inst.retransformClasses(loaded.toArray(Class<?>[]::new));
            if (rewritten != null) {
                rewritten.save();
                // and the classes rewritten later, as the program loads them
                Runtime.getRuntime().addShutdownHook(new Thread(rewritten::save, "tcheck-save-rewritten-classes"));
            }
            tcheck.checker.explorer.runtime.JdkHandler.install();
            try {
                // its initializer makes the JDK's scheduler of virtual threads: here, not under control from a checked thread
                Class.forName("java.lang.VirtualThread", true, null);
            } catch (ClassNotFoundException | LinkageError beforeJdk21) {
                // no virtual threads in this JDK
            }
            installed = true;
            if (Boolean.getBoolean("tcheck.debug")) {
                System.err.println("[tcheck] java.util.concurrent under control in " + (System.nanoTime() - start) / 1_000_000 + " ms ("
                        + (fromLauncher != null ? "launcher agent" : "attached") + ", " + loaded.size() + " classes retransformed)");
            }
        } catch (IOException | ReflectiveOperationException | UnmodifiableClassException | RuntimeException | LinkageError e) {
            problem = "cannot control java.util.concurrent in this JVM (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); run with the tcheck launcher or a JDK that allows attaching an agent";
        }
        return problem;
    }

    /** The bridge, when it is on the boot class path already (given with -Xbootclasspath/a), else null. */
    private static Class<?> bridgeOnBootPath() {
        try {
            return Class.forName(BRIDGE, true, null);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /**
     * Defines the bridge's classes in the bootstrap loader directly, or returns null where this JDK offers no way to.
     * Unlike appending a jar to the boot class path, this keeps class-data sharing of the application's classes on.
     */
    private static Class<?> defineInBootLoader(Instrumentation inst, Module base, Module explorer) throws IOException {
        inst.redefineModule(base, Set.of(), Map.of("jdk.internal.access", Set.of(explorer)), Map.of(), Set.of(), Map.of());
        try {
            Object access = Class.forName("jdk.internal.access.SharedSecrets").getMethod("getJavaLangAccess").invoke(null);
            java.lang.reflect.Method define = Class.forName("jdk.internal.access.JavaLangAccess").getMethod("defineClass",
                    ClassLoader.class, String.class, byte[].class, java.security.ProtectionDomain.class, String.class);
            for (String c : BRIDGE_CLASSES) {
                define.invoke(access, null, c.replace('/', '.'), bridgeClass(c), null, "tcheck-bridge");
            }
            return Class.forName(BRIDGE, true, null);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Path bridgeJar() throws IOException {
        Path jar = Files.createTempFile("tcheck-bridge", ".jar");
        jar.toFile().deleteOnExit();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (String c : BRIDGE_CLASSES) {
                j.putNextEntry(new JarEntry(c + ".class"));
                j.write(bridgeClass(c));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** One of the bridge's class files, as this jar (or class directory) holds it. */
    private static byte[] bridgeClass(String internalName) throws IOException {
        try (InputStream in = JdkControl.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            if (in == null) {
                throw new IOException("missing " + internalName + ".class");
            }
            return in.readAllBytes();
        }
    }
}
