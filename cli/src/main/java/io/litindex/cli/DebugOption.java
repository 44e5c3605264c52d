package io.litindex.cli;

import java.util.Arrays;
import picocli.CommandLine.Option;

/** The {@code --debug} flag every command takes: errors then also print their stack trace. */
public final class DebugOption {
    @Option(names = "--debug", description = "On error, also print the stack trace.")
    boolean debug;

    /** Whether {@code --debug} is among the arguments (checked before parsing succeeds, for usage errors too). */
    static boolean enabled(String[] args) {
        return args != null && Arrays.asList(args).contains("--debug");
    }
}
