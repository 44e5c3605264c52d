package io.litindex.ingest;

import io.litindex.Catalog;
import io.litindex.model.Entry;
import io.litindex.model.Source;
import io.litindex.testing.Bounded;
import io.litindex.testing.FuzzTries;
import io.litindex.testing.Mutations;
import io.litindex.testing.Mutations.ByteMutation;
import io.litindex.testing.Mutations.Mutation;
import io.litindex.testing.SharedFileHook;
import io.litindex.testing.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Sources#read} fed files whose bytes were mutated: the seed list, the catalog as JSON and as JSON Lines, with
 * stray high bytes, truncated UTF-8 sequences, NUL, CR line ends, a UTF-8 or UTF-16 byte-order mark. A file is read
 * (every line that is not valid UTF-8 is an error on its line, read as Windows-1252) or refused with one line, a
 * {@link SourceException}, and only when it is not text (it holds NUL, or mostly control characters): never another
 * exception.
 */
@AddLifecycleHook(FuzzTries.class)
class SourcesFuzzTest {
    private static final Path DIR = tempDir();
    private static final String MARKDOWN = markdown();
    private static final String JSON = catalog();
    private static final String JSON_LINES = Catalog.bundledEntries().stream().map(JsonEntries::toJson).collect(Collectors.joining("\n"));

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("litindex-sources-fuzz");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The seed list, or where ../shared is absent a list of the seed's shape. */
    private static String markdown() {
        String seed = SharedFileHook.read(SharedFiles.SEED);
        return seed != null ? seed : "# Awesome Papers\n## Models\n| Title | Venue | Date |\n|---|---|---|\n"
                + "| [**SkyEyeGPT: Unifying Remote Sensing**](https://arxiv.org/abs/2401.09712) <br> Y. Zhan, and Y. Yuan. | arXiv | 2024-01-18 |\n"
                + "| [**Charting New Territories**](https://arxiv.org/abs/2311.14656) <br> T. L√ºddecke | arXiv | 2023-11-24 |\n";
    }

    private static String catalog() {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> textMutations() {
        return Mutations.mutations(4, 2_000);
    }

    @Provide
    Arbitrary<List<ByteMutation>> byteMutations() {
        return Mutations.byteMutation().list().ofMaxSize(6);
    }

    /** How the file starts: plain UTF-8, with a UTF-8 byte-order mark, or as UTF-16 with its mark. */
    enum Encoding { UTF_8, UTF_8_BOM, UTF_16_BE, UTF_16_LE }

    @Property(tries = 200)
    void anyFileIsReadOrRefusedWithOneLine(@ForAll("textMutations") List<Mutation> text, @ForAll("byteMutations") List<ByteMutation> bytes,
            @ForAll Sources.Format format, @ForAll Encoding encoding, @ForAll boolean crlf) throws Exception {
        String base = switch (format) {
            case MARKDOWN -> MARKDOWN;
            case JSON -> JSON;
            case JSON_LINES -> JSON_LINES;
        };
        String mutated = Mutations.apply(base, text);
        if (crlf) {
            mutated = mutated.replace("\n", "\r\n");
        }
        byte[] content = encode(mutated, encoding);
        for (ByteMutation m : bytes) {
            content = m.apply(content);
        }
        String name = "f" + (format == Sources.Format.MARKDOWN ? ".md" : format == Sources.Format.JSON ? ".json" : ".jsonl");
        Path file = DIR.resolve(name);
        Files.write(file, content);
        byte[] written = content;
        try {
            ImportResult result = Bounded.call(() -> Sources.read(file)).value();
            check(result, written);
            Statistics.label("outcome").collect(result.entries().isEmpty() ? "read, no entries" : "read, entries");
        } catch (SourceException e) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().startsWith(name + " is not a text file"), e.getMessage());
            assertTrue(!isUtf16(written) && (contains(written, (byte) 0) || mostlyControl(written)), "text refused: " + e.getMessage());
            Statistics.label("outcome").collect("refused: not text");
        }
    }

    private static byte[] encode(String text, Encoding encoding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case UTF_8 -> out.write(text.getBytes(StandardCharsets.UTF_8));
            case UTF_8_BOM -> {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            case UTF_16_BE -> out.write(text.getBytes(StandardCharsets.UTF_16)); // Java writes the big-endian mark
            case UTF_16_LE -> {
                out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.write(text.getBytes(StandardCharsets.UTF_16LE));
            }
        }
        return out.toByteArray();
    }

    /** Entries point at real lines, and each line that is not UTF-8 has its error. */
    private static void check(ImportResult result, byte[] bytes) {
        int lines = 1;
        for (byte b : bytes) {
            lines += b == '\n' ? 1 : 0;
        }
        int lineCount = isUtf16(bytes) ? Integer.MAX_VALUE : lines + countCr(bytes);
        for (Entry e : result.entries()) {
            assertTrue(!e.title().isBlank() && !e.id().isBlank(), e.toString());
            for (Source s : e.sources()) {
                // the sources a JSON entry carries are its data, as written; those the reader gives are real lines
                assertTrue(!s.list().startsWith("f.") || (s.line() >= 1 && s.line() <= lineCount), s.toString());
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(d.line() >= 1 && d.line() <= lineCount, d + " of " + lineCount + " lines");
            assertFalse(d.message().contains("\n") || d.message().contains("\r"), d.toString());
        }
        if (isUtf16(bytes)) {
            return;
        }
        Set<Integer> reported = new HashSet<>();
        result.diagnostics().stream().filter(d -> d.message().startsWith("not valid UTF-8")).forEach(d -> reported.add(d.line()));
        int line = 1;
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (!validUtf8(bytes, start, i - start)) {
                    assertTrue(reported.contains(line), "line " + line + " is not UTF-8 and was not reported: " + result.diagnostics());
                    Statistics.label("lines that are not UTF-8").collect("reported");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private static int countCr(byte[] bytes) {
        int n = 0;
        for (byte b : bytes) {
            n += b == '\r' ? 1 : 0;
        }
        return n;
    }

    private static boolean validUtf8(byte[] bytes, int offset, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }

    private static boolean contains(byte[] bytes, byte value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyControl(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            control += b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' ? 1 : 0;
        }
        return n > 0 && control * 10 > n;
    }
}
