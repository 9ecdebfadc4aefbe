package tcheck.checker.explorer.instrument;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import tcheck.checker.explorer.runtime.Hooks;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rewritten call that names a hook which does not exist would fail only when the program runs it: never ship one. */
class HookResolutionTest {
    private static Set<String> hooks() {
        Set<String> all = new HashSet<>();
        for (Method m : Hooks.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                all.add(m.getName() + Type.getMethodDescriptor(m));
            }
        }
        return all;
    }

    @Test
    void everyReplacedCallResolvesToAPublicStaticHook() {
        Set<String> hooks = hooks();
        Map<String, String> rewrites = CallRewrites.hookDescriptors();
        assertFalse(rewrites.isEmpty());
        rewrites.forEach((call, hook) -> assertTrue(hooks.contains(hook), call + " is rewritten to Hooks." + hook + ", which does not exist"));
    }

    @Test
    void theHooksTheInstrumenterEmitsDirectlyExist() {
        Set<String> hooks = hooks();
        for (String hook : new String[] {"getField(Ljava/lang/Object;I)V", "putField(Ljava/lang/Object;Ljava/lang/Object;I)V",
                "getStatic(I)V", "putStatic(Ljava/lang/Object;I)V", "arrayLoad(Ljava/lang/Object;II)V",
                "arrayStore(Ljava/lang/Object;ILjava/lang/Object;I)V", "readValue(Ljava/lang/Object;)V",
                "monitorEnter(Ljava/lang/Object;I)V", "monitorExit(Ljava/lang/Object;I)V",
                "wrapRunnable(Ljava/lang/Runnable;)Ljava/lang/Runnable;", "threadCreated(Ljava/lang/Object;)V", "beforeCall(Ljava/lang/Object;I)V", "afterVoidCall()V",
                "finalFieldRead(Ljava/lang/Object;Ljava/lang/Object;I)V", "fieldStored(Ljava/lang/Object;Ljava/lang/Object;I)V",
                "elementStored(Ljava/lang/Object;ILjava/lang/Object;I)V", "localStored(Ljava/lang/Object;Ljava/lang/String;)V",
                "opInvoke(Ljava/lang/Object;[Ljava/lang/Object;I)V",
                "opRespond(Ljava/lang/Object;)V", "opRespondVoid()V", "opThrew(Ljava/lang/Throwable;)V",
                "threadSubclassRun(Ljava/lang/Thread;Ljava/lang/Class;)V", "jdkCall(Ljava/lang/Object;I)I", "jdkDone(I)V",
                "classInitBegin(Ljava/lang/Class;)I", "classInitEnd(ILjava/lang/Class;)V", "classTouch(Ljava/lang/Class;I)V",
                 "nanoTime()J", "currentTimeMillis()J", "instantNow()Ljava/time/Instant;"}) {
            assertTrue(hooks.contains(hook), "the instrumenter emits Hooks." + hook + ", which does not exist");
        }
    }
}
