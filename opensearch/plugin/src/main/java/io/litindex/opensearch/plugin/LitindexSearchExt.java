package io.litindex.opensearch.plugin;

import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.search.SearchExtBuilder;

/**
 * The search extension {@value #NAME}: asks the plugin's fetch phase ({@link LitindexFetchPhase}) to add to each hit
 * what the embedded search reports beside it: the score's BM25 part's bonus, how words were read, a "did you mean".
 *
 * <pre>{"ext": {"litindex": {"query": "remote sensing vqa", "fuzzy": false, "max_doc": 2960}}}</pre>
 */
public final class LitindexSearchExt extends SearchExtBuilder {
    public static final String NAME = "litindex";

    final String query;
    final boolean fuzzy;
    final int maxDoc;

    public LitindexSearchExt(String query, boolean fuzzy, int maxDoc) {
        this.query = Objects.requireNonNull(query, "query == null");
        this.fuzzy = fuzzy;
        this.maxDoc = maxDoc;
    }

    public LitindexSearchExt(StreamInput in) throws IOException {
        this(in.readString(), in.readBoolean(), in.readVInt());
    }

    @Override
    public void writeTo(StreamOutput out) throws IOException {
        out.writeString(query);
        out.writeBoolean(fuzzy);
        out.writeVInt(maxDoc);
    }

    @Override
    public String getWriteableName() {
        return NAME;
    }

    @Override
    public XContentBuilder toXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject(NAME);
        builder.field("query", query);
        builder.field("fuzzy", fuzzy);
        builder.field("max_doc", maxDoc);
        return builder.endObject();
    }

    /** Reads {@code {"query": …, "fuzzy": …, "max_doc": …}}. */
    public static LitindexSearchExt fromXContent(XContentParser parser) throws IOException {
        FlatObject body = FlatObject.read(parser, "[" + NAME + "] extension", Set.of("query", "fuzzy", "max_doc"));
        return new LitindexSearchExt(body.text("query"), body.bool("fuzzy"), body.integer("max_doc"));
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, fuzzy, maxDoc);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LitindexSearchExt e && e.query.equals(query) && e.fuzzy == fuzzy && e.maxDoc == maxDoc;
    }
}
