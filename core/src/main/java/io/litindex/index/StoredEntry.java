package io.litindex.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import io.litindex.model.Links;
import io.litindex.model.PaperRef;
import io.litindex.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entry stored in a document with Jackson's streaming parser. A query prints a few entries and
 * exits; setting up data binding for them costs more than the whole search, so hits are read this way.
 * A field this reader does not know (one added to {@link Entry} later, say) makes it return null, and the
 * caller reads that document with data binding instead: nothing is ever dropped.
 */
final class StoredEntry {
    private static final JsonFactory FACTORY = new JsonFactory();

    private StoredEntry() {}

    /** The entry in this JSON, or null when it holds a field this reader does not know. */
    static Entry read(byte[] json, int offset, int length) throws IOException {
        try (JsonParser p = FACTORY.createParser(json, offset, length)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String id = null;
            Kind kind = null;
            String title = null;
            List<String> aliases = null;
            List<String> authors = null;
            boolean etAl = false;
            String venue = null;
            String venueAsWritten = null;
            Integer year = null;
            String date = null;
            List<String> sections = null;
            List<Link> links = null;
            String note = null;
            Map<String, String> legend = null;
            PaperRef sourcePaper = null;
            List<String> datasetNames = null;
            Long size = null;
            String sizeAsWritten = null;
            List<Source> sources = null;
            Map<String, String> origins = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case "id" -> id = p.getText();
                    case "kind" -> kind = Kind.parse(p.getText());
                    case "title" -> title = p.getText();
                    case "aliases" -> aliases = strings(p);
                    case "authors" -> authors = strings(p);
                    case "etAl" -> etAl = p.getBooleanValue();
                    case "venue" -> venue = p.getText();
                    case "venueAsWritten" -> venueAsWritten = p.getText();
                    case "year" -> year = p.getIntValue();
                    case "date" -> date = p.getText();
                    case "sections" -> sections = strings(p);
                    case "links" -> {
                        links = links(p);
                        if (links == null) {
                            return null;
                        }
                    }
                    case "origins" -> origins = stringMap(p);
                    case "note" -> note = p.getText();
                    case "legend" -> legend = stringMap(p);
                    case "sourcePaper" -> {
                        sourcePaper = paperRef(p);
                        if (sourcePaper == null) {
                            return null;
                        }
                    }
                    case "datasetNames" -> datasetNames = strings(p);
                    case "size" -> size = p.getLongValue();
                    case "sizeAsWritten" -> sizeAsWritten = p.getText();
                    case "sources" -> {
                        sources = sources(p);
                        if (sources == null) {
                            return null;
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (id == null || title == null) {
                return null;
            }
            return new Entry(id, kind, title, aliases, authors, etAl, venue, venueAsWritten, year, date, sections, links,
                    note, legend, sourcePaper, datasetNames, size, sizeAsWritten, sources, origins);
        }
    }

    private static List<String> strings(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(p.getText());
        }
        return out;
    }

    private static Map<String, String> stringMap(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String kind = p.currentName();
            p.nextToken();
            out.put(kind, p.getText());
        }
        return out;
    }

    /** The links as an array of {kind, url, label} (or the earlier object of kind to URL); null on anything else. */
    private static List<Link> links(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return Links.fromMap(stringMap(p));
        }
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<Link> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String kind = null;
            String url = null;
            String label = null;
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "kind" -> kind = p.getText();
                    case "url" -> url = p.getText();
                    case "label" -> label = p.getText();
                    default -> {
                        return null;
                    }
                }
            }
            if (url == null || url.isBlank()) {
                return null;
            }
            out.add(new Link(kind, url, label));
        }
        return out;
    }

    private static PaperRef paperRef(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_OBJECT);
        String title = null;
        String url = null;
        String id = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "title" -> title = p.getText();
                case "url" -> url = p.getText();
                case "id" -> id = p.getText();
                default -> {
                    return null;
                }
            }
        }
        return title == null ? null : new PaperRef(title, url, id);
    }

    private static List<Source> sources(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY);
        List<Source> out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String list = null;
            int line = 0;
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "list" -> list = p.getText();
                    case "line" -> line = p.getIntValue();
                    default -> {
                        return null;
                    }
                }
            }
            if (list == null) {
                return null;
            }
            out.add(new Source(list, line));
        }
        return out;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("stored entry: expected " + expected + " but found " + actual);
        }
    }
}
