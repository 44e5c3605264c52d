package io.litindex.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits an author line such as "Y. Zhan, Z. Xiong, and Y. Yuan." or "L. Jiao et al." into names. */
public final class Authors {
    /** The names in order and whether the line ended in "et al.". */
    public record Parsed(List<String> names, boolean etAl) {}

    private static final Pattern ET_AL = Pattern.compile("(?i)[,\\s]*\\bet\\s*al\\.?\\s*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private Authors() {}

    public static Parsed parse(String line) {
        String text = Cells.clean(line);
        boolean etAl = false;
        if (ET_AL.matcher(text).find()) {
            etAl = true;
            text = ET_AL.matcher(text).replaceAll("");
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
