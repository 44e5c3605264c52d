package io.litindex.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.litindex.ingest.fields.Venues;
import io.litindex.model.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list read with a user's own venues file ({@link Venues#with(Path)}) gives its entries that venue. */
class UserVenuesListTest {
    private static final String LIST = """
            # Papers

            - **Learning Cell Atlases with Graph Models**. *A. Author, B. Author*. JCoolBio 2023. [[paper]](https://example.org/atlas)
            """;

    @Test
    void aVenueOfTheUsersFileIsReadWithItsDisplayName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-venues.tsv");
        Files.writeString(file, "# mine\nJ. Cool Biol.\tjournal\tJournal of Cool Biology\tjcoolbio|jcb\n", StandardCharsets.UTF_8);
        Entry withFile = new MarkdownListReader(Venues.standard().with(file)).read("list.md", LIST).entries().get(0);
        assertEquals("J. Cool Biol.", withFile.venue());
        assertEquals(2023, withFile.year());
        assertEquals("Learning Cell Atlases with Graph Models", withFile.title());
        assertEquals("CVPR", Venues.standard().with(file).lookup("cvpr").orElseThrow().display(), "the bundled venues stay");
    }
}
