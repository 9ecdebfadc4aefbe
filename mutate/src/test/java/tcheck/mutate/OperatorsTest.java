package tcheck.mutate;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicVerifier;
import tcheck.mutate.fixtures.SignalAllBox;
import tcheck.mutate.operators.SignalAllToSignal;
import tcheck.mutate.operators.SplitAtomicUpdate;
import tcheck.mutate.operators.SwapLockOrder;
import tcheck.scenario.Catalog;
import tcheck.scenario.Expected;
import tcheck.scenario.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class OperatorsTest {
    private final MutantGenerator generator = new MutantGenerator();

    @Test
    void everyMutantOfEveryFixedVariantHasSoundStackShapes() {
        int n = 0;
        for (Scenario s : Catalog.all()) {
            if (s.expected() != Expected.FIXED) {
                continue;
            }
            for (Mutant m : generator.mutants(s)) {
                verify(m.className(), m.bytes());
                n++;
            }
        }
        assertTrue(n >= 50, "the fixed variants give " + n + " mutants; expected about 60");
    }

    @Test
    void mutantsOnlyChangeTheVariantsOwnPackage() {
        for (Scenario s : Catalog.all()) {
            String pkg = s.getClass().getPackageName() + ".";
            for (Mutant m : generator.mutants(s)) {
                assertTrue(m.className().startsWith(pkg) && m.className().indexOf('.', pkg.length()) < 0,
                        m.id() + " changes " + m.className());
            }
        }
    }

    @Test
    void eachSiteIsNamedWithFileAndLine() {
        List<Mutant> ms = generator.mutants(Catalog.get("deposit-withdraw/locked"));
        Map<String, String> byWhere = new TreeMap<>();
        ms.forEach(m -> byWhere.put(m.operator().name() + " " + m.where(), m.site().change()));
        assertEquals(Map.of(
                "drop-lock-pair LockedAccount.java:25", "this.lock.lock() and its unlock() removed in deposit(int)",
                "drop-lock-pair LockedAccount.java:35", "this.lock.lock() and its unlock() removed in withdraw(int)",
                "drop-lock-pair LockedAccount.java:49", "this.lock.lock() and its unlock() removed in balance()",
                "unlock-before-write LockedAccount.java:29", "this.lock.unlock() moved before the write of balance (line 27) in deposit(int)",
                "unlock-before-write LockedAccount.java:43", "this.lock.unlock() moved before the write of balance (line 38) in withdraw(int)"),
                byWhere);
    }

    @Test
    void everyOperatorFindsItsSitesInTheFixture() throws Exception {
        ClassNode c = read(SignalAllBox.class.getName());
        Set<String> found = Operators.all().stream().filter(op -> !op.sites(c).isEmpty()).map(MutationOperator::name)
                .collect(Collectors.toSet());
        assertTrue(found.containsAll(Set.of("drop-synchronized-block", "drop-lock-pair", "unlock-before-write",
                "signal-all-to-signal", "drop-wakeup", "split-atomic-update", "swap-lock-order")), found.toString());
        assertFalse(found.contains("drop-volatile"), "the fixture has no volatile field");
    }

    @Test
    void signalAllBecomesSignal() throws Exception {
        ClassNode mutated = mutate(new SignalAllToSignal(), 0);
        List<String> calls = calls(mutated, "set(I)V");
        assertTrue(calls.contains("signal") && !calls.contains("signalAll"), calls.toString());
    }

    @Test
    void splitAtomicUpdatesKeepWhatEachCallReturns() throws Exception {
        SplitAtomicUpdate op = new SplitAtomicUpdate();
        ClassNode c = read(SignalAllBox.class.getName());
        assertEquals(4, op.sites(c).size());
        // all four split at once would change four sites; each alone must return what the original returns, run sequentially
        for (int k = 0; k < 4; k++) {
            ClassNode mutated = mutate(op, k);
            Object box = load(mutated).getDeclaredConstructor().newInstance();
            Method add = box.getClass().getMethod("add", int.class);
            Method total = box.getClass().getMethod("total");
            // original: getAndAdd(3)=0, addAndGet(3)=6, getAndIncrement()=6, decrementAndGet()=6 -> 18, total 6
            assertEquals(18, add.invoke(box, 3), "site " + k);
            assertEquals(6, total.invoke(box), "site " + k);
            assertFalse(calls(mutated, "add(I)I").isEmpty());
        }
    }

    @Test
    void swappedMonitorsAreTakenInTheOtherOrderAndStillReleased() throws Exception {
        SwapLockOrder op = new SwapLockOrder();
        ClassNode c = read(SignalAllBox.class.getName());
        List<Site> sites = op.sites(c);
        assertEquals(1, sites.size(), sites.toString());
        assertEquals("lock order swapped: this.b before this.a in both()", sites.get(0).change());
        Object box = load(mutate(op, 0)).getDeclaredConstructor().newInstance();
        assertEquals(0, box.getClass().getMethod("both").invoke(box)); // enters and exits both monitors without an exception
    }

    private ClassNode mutate(MutationOperator op, int site) throws IOException {
        ClassNode original = read(SignalAllBox.class.getName());
        Site s = op.sites(original).get(site);
        ClassNode fresh = read(SignalAllBox.class.getName());
        op.apply(fresh, s);
        return fresh;
    }

    private static List<String> calls(ClassNode c, String method) {
        MethodNode m = c.methods.stream().filter(x -> (x.name + x.desc).equals(method)).findFirst().orElseThrow();
        return java.util.stream.StreamSupport.stream(m.instructions.spliterator(), false)
                .filter(i -> i instanceof MethodInsnNode).map(i -> ((MethodInsnNode) i).name).toList();
    }

    private static ClassNode read(String name) throws IOException {
        try (InputStream in = OperatorsTest.class.getClassLoader().getResourceAsStream(name.replace('.', '/') + ".class")) {
            ClassNode c = new ClassNode();
            new ClassReader(in).accept(c, 0);
            return c;
        }
    }

    private static Class<?> load(ClassNode c) {
        org.objectweb.asm.ClassWriter w = new org.objectweb.asm.ClassWriter(org.objectweb.asm.ClassWriter.COMPUTE_MAXS);
        c.accept(w);
        byte[] bytes = w.toByteArray();
        return new ClassLoader(OperatorsTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(c.name.replace('/', '.'), bytes, 0, bytes.length);
            }
        }.define();
    }

    private static void verify(String name, byte[] bytes) {
        ClassNode c = new ClassNode();
        new ClassReader(bytes).accept(c, 0);
        for (MethodNode m : c.methods) {
            try {
                new Analyzer<>(new BasicVerifier()).analyze(c.name, m);
            } catch (AnalyzerException e) {
                fail(name + "." + m.name + m.desc + ": " + e.getMessage());
            }
        }
    }
}
