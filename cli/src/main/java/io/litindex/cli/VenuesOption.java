package io.litindex.cli;

import io.litindex.LitindexException;
import io.litindex.ingest.fields.Venues;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --venues FILE} option of the commands that read lists: venues of a user's own field, in the format of
 * the bundled gazetteer, known besides the bundled ones; without it the file the environment variable {@value #ENV}
 * names, else the bundled venues only.
 */
public final class VenuesOption {
    /** The environment variable naming a venues file when --venues is not given. */
    static final String ENV = "LITINDEX_VENUES";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--venues", paramLabel = "FILE", defaultValue = "${env:" + ENV + "}",
            description = "Also know the venues in FILE (one a line: display name<TAB>type<TAB>full name[<TAB>alias|alias…]; "
                    + "see docs/lists.md) when reading lists (default: $" + ENV + " when it is set).")
    Path file;

    /**
     * The venues lists are read with.
     *
     * @throws CommandLine.ParameterException (exit code 2) naming the file, and the line when a line is malformed
     */
    Venues venues() {
        Path chosen = IndexOption.chosen(file);
        if (chosen == null) {
            return Venues.standard();
        }
        try {
            return Venues.standard().with(chosen);
        } catch (IllegalArgumentException | LitindexException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--venues: " + e.getMessage());
        }
    }
}
