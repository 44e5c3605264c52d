package io.litindex.cli;

import io.litindex.IndexUnavailableException;
import java.util.regex.Pattern;

/**
 * The command hints the CLI adds to the library's messages, which say what is wrong in library terms only:
 * the command that builds a missing index, the one that rebuilds a damaged one or one of another version.
 */
final class Hints {
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private Hints() {}

    /** The command that rebuilds the index at {@code location} from its sources. */
    static String rebuildCommand(String location) {
        return "litindex index <sources> --index " + shellWord(location) + " --replace";
    }

    /** The command that builds an index at {@code location}. */
    static String buildCommand(String location) {
        return "litindex index <sources> --index " + shellWord(location);
    }

    /** The library's message with the command that cures the problem, when a command does. */
    static String withHint(IndexUnavailableException e) {
        String message = e.getMessage();
        if (e.location() != null && e.location().matches("(?i)https?://.*")) {
            return message; // an index on a cluster: the message says what cures it, --index does not
        }
        return switch (e.reason()) {
            case MISSING -> message + " (build one with: " + buildCommand(e.location()) + ")";
            case DAMAGED, OTHER_VERSION -> message + "; rebuild it with: " + rebuildCommand(e.location());
            case LOCKED, UNREADABLE -> message;
        };
    }

    /** A word the shell reads as one: as it is when it holds only safe characters, else single-quoted. */
    static String shellWord(String text) {
        return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
