package io.litindex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {
    private static String through(String text) throws IOException {
        StringWriter sink = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(sink)) {
            w.write(text);
        }
        return sink.toString();
    }

    @Test
    void listTextCannotDriveTheTerminal() throws IOException {
        assertEquals("␛]0;owned␇ title", through("\u001b]0;owned\u0007 title"), "window-title change");
        assertEquals("␛[2Jclear", through("\u001b[2Jclear"), "clear screen");
        assertEquals("␛[31mred", through("\u001b[31mred"), "colours litindex does not use");
        assertEquals("a\uFFFDb\uFFFDc", through("a\u202Eb\u0085c"), "bidi override, C1 control");
        assertEquals("␀␡", through("\u0000\u007f"));
        assertEquals("end ␛", through("end \u001b"), "a lone ESC at the end");
    }

    @Test
    void litindexsOwnSequencesAndLineBreaksPass() throws IOException {
        String own = "\u001b[1mGrounded\u001b[0m \u001b[2mdim\u001b[0m\r50%\u001b[K\n\ttab";
        assertEquals(own, through(own));
        StringWriter sink = new StringWriter();
        try (TerminalWriter w = new TerminalWriter(sink)) {
            w.write("\u001b");
            w.write("[");
            w.write("1mbold");
        }
        assertEquals("\u001b[1mbold", sink.toString(), "a sequence split across writes");
        assertEquals("Lüddecke 多模态 ✓", through("Lüddecke 多模态 ✓"));
    }
}
