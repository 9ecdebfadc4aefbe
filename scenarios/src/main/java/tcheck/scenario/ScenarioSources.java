package tcheck.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java source of a scenario's classes, by simple file name ("CheckThenWithdrawAccount.java", as a
 * trace step's {@code where} names it). This module packages its own {@code .java} files as resources
 * (see its pom), so the source is found in the jar as well as in the checkout. A name is looked up in
 * the scenario class's package, then in the packages of the scenario classes its sources import
 * ({@code import tcheck.scenarios.pcpcondition.BufferProgram;}), so a family that reuses another's
 * program still finds it. The framework ({@code tcheck.scenario}) and the JDK are not looked in: steps
 * there are not the scenario's code.
 */
public final class ScenarioSources {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_$][\\w$]*\\.java");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(tcheck\\.scenarios(?:\\.\\w+)+)\\.(?:[A-Z]\\w*|\\*)\\s*;");

    /** One source file: its simple name, where it was found on the classpath, its lines. */
    public record Source(String file, String resource, List<String> lines) {
    }

    private final ClassLoader loader;
    private final Set<String> packages = new LinkedHashSet<>(); // resource folders, "tcheck/scenarios/pcplock/"

    private ScenarioSources(ClassLoader loader) {
        this.loader = loader;
    }

    /** The sources of the scenario implemented by this class. */
    public static ScenarioSources of(Class<?> scenarioClass) {
        ClassLoader loader = scenarioClass.getClassLoader() != null ? scenarioClass.getClassLoader() : ClassLoader.getSystemClassLoader();
        ScenarioSources out = new ScenarioSources(loader);
        out.packages.add(scenarioClass.getPackageName().replace('.', '/') + "/");
        String simple = scenarioClass.getName().substring(scenarioClass.getName().lastIndexOf('.') + 1);
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
        out.find(outer + ".java"); // its imports name the other packages
        return out;
    }

    /** The file with this simple name in the scenario's packages, if its source is on the classpath. */
    public Optional<Source> find(String simpleFileName) {
        if (simpleFileName == null || !SIMPLE_NAME.matcher(simpleFileName).matches()) {
            return Optional.empty();
        }
        for (String pkg : List.copyOf(packages)) {
            String resource = pkg + simpleFileName;
            Optional<String> text = read(resource);
            if (text.isPresent()) {
                Matcher m = IMPORT.matcher(text.get());
                while (m.find()) {
                    packages.add(m.group(1).replace('.', '/') + "/");
                }
                return Optional.of(new Source(simpleFileName, resource, text.get().lines().toList()));
            }
        }
        return Optional.empty();
    }

    /** The resource folders looked in so far, in order. */
    public List<String> packages() {
        return new ArrayList<>(packages);
    }

    private Optional<String> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
