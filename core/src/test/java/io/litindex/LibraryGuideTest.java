package io.litindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every example of the library guide (docs/library.md): each {@code <!-- example -->} java block
 * is a whole program, and what it prints must be exactly the text block that follows it.
 */
class LibraryGuideTest {
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example -->\\s*```java\\n(.*?)```\\s*It prints:\\s*```text\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("public class (\\w+)");

    @TempDir
    static Path dir;

    record Example(String name, String source, String output) {}

    static List<Example> examples() throws Exception {
        Path guide = Files.exists(Path.of("docs", "library.md")) ? Path.of("docs", "library.md") : Path.of("..", "docs", "library.md");
        String text = Files.readString(guide, StandardCharsets.UTF_8);
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            Matcher name = CLASS.matcher(m.group(1));
            assertTrue(name.find(), "an example declares a public class: " + m.group(1));
            out.add(new Example(name.group(1), m.group(1), m.group(2)));
        }
        assertEquals(text.split("<!-- example -->", -1).length - 1, out.size(), "every example is followed by its output");
        assertTrue(out.size() >= 6, "the guide has its examples: " + out.size());
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesRunsAndPrintsWhatTheGuideShows() throws Exception {
        return examples().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            Path classes = Files.createDirectories(dir.resolve(e.name()));
            Path source = classes.resolve(e.name() + ".java");
            Files.writeString(source, e.source());
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int rc = javac.run(null, null, diagnostics, "-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), source.toString());
            assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream original = System.out;
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                Method main = loader.loadClass(e.name()).getMethod("main", String[].class);
                main.invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(original);
            }
            assertEquals(e.output(), printed.toString(StandardCharsets.UTF_8), "what " + e.name() + " prints");
        }));
    }
}
