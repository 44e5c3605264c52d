package io.litindex.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles a Java example from the documentation against the test class path and runs its main method. */
public final class JavaSnippets {
    private JavaSnippets() {}

    /**
     * Compiles {@code source} (a public class {@code className}) into {@code dir} and runs its {@code main}.
     *
     * @param javacOptions extra compiler options, such as {@code -Xlint:all -Werror}
     * @return what the example printed on standard output
     */
    public static String compileAndRun(Path dir, String className, String source, String... javacOptions) throws Exception {
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        List<String> args = new ArrayList<>(List.of(javacOptions));
        args.addAll(List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), file.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, args.toArray(String[]::new));
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, JavaSnippets.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
