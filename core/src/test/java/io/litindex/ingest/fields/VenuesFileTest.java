package io.litindex.ingest.fields;

import io.litindex.LitindexException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A library user's own venues file ({@link Venues#with}): read on top of the bundled gazetteer, errors in library terms. */
class VenuesFileTest {
    @TempDir
    Path dir;

    @Test
    void aUsersVenuesAreKnownByNameAndAliasAlongsideTheBundledOnes() throws Exception {
        Path file = dir.resolve("my-venues.tsv");
        Files.writeString(file, "# fusion journals\nNucl. Fusion\tjournal\tNuclear Fusion\tnf|nucl fusion\n", StandardCharsets.UTF_8);
        assertFalse(Venues.standard().lookup("Nuclear Fusion").isPresent(), "not bundled, so the test shows the file's effect");
        Venues venues = Venues.standard().with(file);
        assertEquals(new Venues.Venue("Nucl. Fusion", Venues.Type.JOURNAL, "Nuclear Fusion"), venues.lookup("nf").orElseThrow());
        assertEquals("Nucl. Fusion", venues.displayName("Nuclear Fusion"));
        assertEquals(2023, venues.parse("Nucl. Fusion 2023").orElseThrow().year());
        assertEquals("CVPR", venues.displayName("CVPR"), "the bundled venues stay");
        assertEquals(Venues.standard().all().size() + 1, venues.all().size());
    }

    @Test
    void aMissingFileIsALitindexExceptionNamingIt() {
        Path missing = dir.resolve("nowhere.tsv");
        LitindexException e = assertThrows(LitindexException.class, () -> Venues.standard().with(missing));
        assertTrue(e.getMessage().startsWith("cannot read the venues file " + missing), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aLineInAnotherFormatNamesTheFileAndLine() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "Good\tjournal\tGood Journal\nBad\tmagazine\tBad Magazine\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Venues.standard().with(file));
        assertTrue(e.getMessage().startsWith(file + ":2: expected"), e.getMessage());
    }
}
