package io.litindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.litindex.testing.JavaSnippets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the README's library example, so that it cannot rot. */
class ReadmeExampleTest {
    @Test
    void theLibraryExampleCompilesRunsAndFindsGeoChat(@TempDir Path dir) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<!-- library-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has a java block after <!-- library-example -->");
        String printed = JavaSnippets.compileAndRun(dir, "Example", m.group(1));
        List<String> lines = printed.lines().toList();
        assertEquals("3 entries match", lines.get(0));
        assertEquals("GeoChat: Grounded Large Vision-Language Model for Remote Sensing (arXiv, 2023)", lines.get(1));
        assertTrue(lines.contains("arXiv: 2"), lines.toString());
    }
}
