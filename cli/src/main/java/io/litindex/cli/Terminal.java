package io.litindex.cli;

import java.util.Map;

/**
 * What an output device allows: colour and bold only on a terminal and without NO_COLOR; its width
 * (COLUMNS, else 100). Whether stdout and stderr are terminals comes from the launcher script, which
 * can ask the shell ({@code -Dlitindex.stdout.tty}, {@code -Dlitindex.stderr.tty}); without it, from
 * {@link System#console()}.
 */
record Terminal(boolean isTerminal, boolean ansi, int width) {
    static final int DEFAULT_WIDTH = 100;
    static final int MIN_WIDTH = 40;

    /** The device standard output goes to. */
    static Terminal detect() {
        return of(isTerminal("litindex.stdout.tty"), System.getenv());
    }

    /** The device standard error goes to: where progress bars are drawn. */
    static Terminal stderr() {
        return of(isTerminal("litindex.stderr.tty"), System.getenv());
    }

    static Terminal of(boolean isTerminal, Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        boolean ansi = isTerminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        int width = DEFAULT_WIDTH;
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}")) {
            width = Math.max(MIN_WIDTH, Integer.parseInt(columns));
        }
        return new Terminal(isTerminal, ansi, width);
    }

    private static boolean isTerminal(String property) {
        String told = System.getProperty(property);
        return told != null ? told.equals("true") || told.equals("1") : System.console() != null;
    }

    String bold(String text) {
        return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return ansi ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
