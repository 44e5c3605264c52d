package io.litindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.testing.JavaSnippets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
            String printed = JavaSnippets.compileAndRun(classes, e.name(), e.source(), "-Xlint:all", "-Werror");
            assertEquals(e.output(), printed, "what " + e.name() + " prints");
        }));
    }
}
