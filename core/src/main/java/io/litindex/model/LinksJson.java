package io.litindex.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an entry's {@code links} from JSON in either form: the array of {@link Link} objects litindex writes, or
 * the object of kind to URL (one URL per kind) that versions before it wrote.
 */
final class LinksJson extends StdDeserializer<List<Link>> {
    private static final long serialVersionUID = 1L;

    LinksJson() {
        super(List.class);
    }

    @Override
    public List<Link> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.FIELD_NAME) {
            Map<String, String> byKind = new LinkedHashMap<>();
            for (t = t == JsonToken.START_OBJECT ? p.nextToken() : t; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String kind = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.VALUE_STRING) {
                    return ctxt.reportInputMismatch(this, "link '%s': expected a URL string, found %s", kind, value);
                }
                byKind.put(kind, p.getText());
            }
            return Links.fromMap(byKind);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Link> out = new ArrayList<>();
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (t != JsonToken.START_OBJECT) {
                    return ctxt.reportInputMismatch(this, "a link is an object with a kind and a url, found %s", t);
                }
                out.add(ctxt.readValue(p, Link.class));
            }
            return out;
        }
        return ctxt.reportInputMismatch(this,
                "links are an array of {kind, url} objects (or, as written before, an object of kind to URL), found %s", t);
    }

    @Override
    public List<Link> getNullValue(DeserializationContext ctxt) {
        return List.of();
    }
}
