package io.litindex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an author line such as "Y. Zhan, Z. Xiong, and Y. Yuan." or "L. Jiao et al." into names. */
public final class Authors {
    /** The names in order and whether the line ended in "et al.". */
    public record Parsed(List<String> names, boolean etAl) {}

    private static final Pattern ET_AL = Pattern.compile("(?i)\\bet\\s*al\\.?\\s*$");
    /** How far from the end "et al." is looked for: it ends the line, and this keeps a huge line linear. */
    private static final int ET_AL_TAIL = 16;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private Authors() {}

    public static Parsed parse(String line) {
        String text = Cells.clean(line);
        int cut = etAlStart(text);
        boolean etAl = cut >= 0;
        if (etAl) {
            text = text.substring(0, cut);
        }
        List<String> names = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            String name = stripFinalPeriod(part.strip());
            if (!name.isEmpty() && !Cells.isPlaceholder(name)) {
                names.add(name);
            }
        }
        return new Parsed(List.copyOf(names), etAl);
    }

    /** Where a final "et al." (with the commas and spaces before it) starts, or -1. */
    private static int etAlStart(String text) {
        int from = Math.max(0, text.length() - ET_AL_TAIL);
        java.util.regex.Matcher m = ET_AL.matcher(text).region(from, text.length()).useTransparentBounds(true);
        if (!m.find()) {
            return -1;
        }
        int start = m.start();
        while (start > 0 && (text.charAt(start - 1) == ',' || Character.isWhitespace(text.charAt(start - 1)))) {
            start--;
        }
        return start;
    }

    /** The surname: the last word of the name, without a trailing period ("X. X. Zhu" → "Zhu"). */
    public static String surname(String name) {
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        int dot = n.lastIndexOf('.', n.length() - 2);
        int cut = Math.max(space, dot);
        return stripFinalPeriod(cut < 0 ? n : n.substring(cut + 1));
    }

    /** Drops a sentence-ending period, but keeps the period of an initial ("Zhu X." stays). */
    private static String stripFinalPeriod(String name) {
        if (!name.endsWith(".")) {
            return name;
        }
        String body = name.substring(0, name.length() - 1);
        int start = Math.max(body.lastIndexOf(' '), body.lastIndexOf('.')) + 1;
        return body.length() - start >= 2 ? body : name;
    }
}
