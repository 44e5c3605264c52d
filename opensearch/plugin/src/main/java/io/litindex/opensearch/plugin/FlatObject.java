package io.litindex.opensearch.plugin;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.xcontent.XContentParser;

/** The body of the plugin's query and search extension: one object of plain values, each of a known name. */
final class FlatObject {
    private final Map<String, Object> values;
    private final XContentParser parser;
    private final String what;

    private FlatObject(Map<String, Object> values, XContentParser parser, String what) {
        this.values = values;
        this.parser = parser;
        this.what = what;
    }

    /**
     * Reads the object the parser is at (or about to start).
     *
     * @param what how errors name it ("[litindex] query")
     * @param allowed the names it may hold
     * @throws ParsingException for anything but an object of plain values of those names
     */
    static FlatObject read(XContentParser parser, String what, Set<String> allowed) throws IOException {
        if (parser.currentToken() != XContentParser.Token.START_OBJECT && parser.nextToken() != XContentParser.Token.START_OBJECT) {
            throw new ParsingException(parser.getTokenLocation(), what + " must be an object");
        }
        Map<String, Object> values = parser.map();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ParsingException(parser.getTokenLocation(), what + " does not support [" + e.getKey() + "]");
            }
            if (e.getValue() instanceof Map || e.getValue() instanceof Iterable) {
                throw new ParsingException(parser.getTokenLocation(), what + " takes only values, not [" + e.getKey() + "] as an object or array");
            }
        }
        return new FlatObject(values, parser, what);
    }

    /** The text of a required value. */
    String text(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new ParsingException(parser.getTokenLocation(), what + " requires [" + name + "]");
        }
        return v.toString();
    }

    /** The text of a value, or {@code otherwise}. */
    String text(String name, String otherwise) {
        Object v = values.get(name);
        return v == null ? otherwise : v.toString();
    }

    boolean bool(String name) {
        Object v = values.get(name);
        return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
    }

    int integer(String name) {
        return (int) number(name, 0);
    }

    float decimal(String name, float otherwise) {
        return (float) number(name, otherwise);
    }

    private double number(String name, double otherwise) {
        Object v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw new ParsingException(parser.getTokenLocation(), what + " [" + name + "] must be a number, not " + v);
        }
    }
}
