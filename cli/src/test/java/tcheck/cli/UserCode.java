package tcheck.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A user's own code: Java source written to a directory and compiled with the JDK's compiler, as a user's build would. */
final class UserCode {
    private UserCode() {
    }

    /** Compiles {@code source} (a class {@code demo.<simpleName>}) into {@code dir}/classes and returns that directory. */
    static Path compile(Path dir, String simpleName, String source) throws IOException {
        Path src = dir.resolve("src/demo/" + simpleName + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "--release", "17", "-g", "-d", classes.toString(), src.toString());
        if (rc != 0) {
            throw new IllegalStateException("test source does not compile:\n" + diagnostics);
        }
        return classes;
    }

    /** Two threads increment a counter and the body asserts both increments arrived; {@code increment} is the method body. */
    static String counter(String simpleName, String incrementModifiers) {
        return """
                package demo;

                public class %1$s implements Runnable {
                    private int count;

                    %2$s void increment() {
                        count++;
                    }

                    @Override
                    public void run() {
                        Thread a = new Thread(this::increment, "A");
                        Thread b = new Thread(this::increment, "B");
                        a.start();
                        b.start();
                        try {
                            a.join();
                            b.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                        if (count != 2) {
                            throw new AssertionError("count " + count + ", expected 2");
                        }
                    }
                }
                """.formatted(simpleName, incrementModifiers);
    }
}
