package io.litindex.cli;

import java.util.Map;

/** What the output device allows: colour and bold only on a terminal without NO_COLOR; its width. */
record Terminal(boolean ansi, int width) {
    static final int DEFAULT_WIDTH = 100;
    static final int MIN_WIDTH = 40;

    /** The terminal this process writes to, from the console and the environment. */
    static Terminal detect() {
        return of(System.console() != null, System.getenv());
    }

    static Terminal of(boolean isTerminal, Map<String, String> env) {
        boolean ansi = isTerminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        int width = DEFAULT_WIDTH;
        String columns = env.get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}")) {
            width = Math.max(MIN_WIDTH, Integer.parseInt(columns));
        }
        return new Terminal(ansi, width);
    }

    String bold(String text) {
        return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String dim(String text) {
        return ansi ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
