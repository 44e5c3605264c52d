package io.litindex.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What litindex writes to a terminal passes through here, so that text from a list cannot drive the terminal:
 * control characters become their visible pictures (ESC as ␛, BEL as ␇), C1 controls and bidirectional overrides
 * become U+FFFD. Only the escape sequences litindex itself uses pass: bold, dim and reset ({@code ESC[1m},
 * {@code ESC[2m}, {@code ESC[0m}) and erase-to-end-of-line ({@code ESC[K}) for progress bars. Line feeds, carriage
 * returns and tabs pass as they are. Output that is not a terminal is never filtered: piped data stays exact.
 */
final class TerminalWriter extends FilterWriter {
    private static final String[] ALLOWED = {"[0m", "[1m", "[2m", "[K"};
    private static final int LONGEST = 3;

    /** Characters held back after an ESC until they show whether the sequence is one litindex uses. */
    private final StringBuilder pending = new StringBuilder();

    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pending.length() > 0) {
            pending.append(ch);
            resolve();
            return;
        }
        if (ch == '\u001b') {
            pending.append(ch);
            return;
        }
        out.write(visible(ch));
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(cbuf[i]);
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(str.charAt(i));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pending.length() > 0) {
            emitNeutralized();
        }
        super.close();
    }

    /** Passes the held sequence when it is an allowed one, neutralizes it as soon as it cannot become one. */
    private void resolve() throws IOException {
        String tail = pending.substring(1);
        for (String allowed : ALLOWED) {
            if (allowed.equals(tail)) {
                out.write(pending.toString());
                pending.setLength(0);
                return;
            }
        }
        for (String allowed : ALLOWED) {
            if (allowed.startsWith(tail) && tail.length() < LONGEST) {
                return; // may still become this one
            }
        }
        emitNeutralized();
    }

    private void emitNeutralized() throws IOException {
        String held = pending.toString();
        pending.setLength(0);
        out.write(visible(held.charAt(0)));
        for (int i = 1; i < held.length(); i++) {
            write(held.charAt(i));
        }
    }

    /** The character to show for {@code c}. */
    static char visible(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c); // Unicode's control pictures: ␀ … ␟, ␛ for ESC
        }
        if (c == 0x7f) {
            return '\u2421'; // ␡
        }
        if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return '\uFFFD';
        }
        return c;
    }
}
