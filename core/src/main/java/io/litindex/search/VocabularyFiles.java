package io.litindex.search;

import io.litindex.InvalidRequestException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A vocabulary file shipped in litindex-core, then the users' files of the same kind named by a system property. */
final class VocabularyFiles {
    private VocabularyFiles() {}

    /** Takes one file's text; {@code source} names the file in error messages. */
    @FunctionalInterface
    interface Reader {
        void read(String source, String text);
    }

    /**
     * Reads the bundled resource, then each file the property names (separated by the path separator).
     *
     * @param resource the bundled resource's path
     * @param property the system property naming extra files
     * @param what what the files hold, for the error message ("names", "list words")
     * @param reader takes each file's text
     * @throws InvalidRequestException when a named file cannot be read (or, from the reader, holds a malformed line)
     */
    static void read(String resource, String property, String what, Reader reader) {
        try (InputStream in = VocabularyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from litindex-core");
            }
            reader.read(resource.substring(resource.lastIndexOf('/') + 1) + " (bundled)", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        String extra = System.getProperty(property, "").strip();
        if (extra.isEmpty()) {
            return;
        }
        for (String file : extra.split(File.pathSeparator)) {
            Path path = Path.of(file.strip());
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InvalidRequestException("cannot read " + what + " file " + path + ": " + e.getMessage());
            }
            reader.read(path.toString(), text);
        }
    }
}
