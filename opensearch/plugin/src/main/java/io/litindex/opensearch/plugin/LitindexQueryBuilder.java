package io.litindex.opensearch.plugin;

import io.litindex.InvalidRequestException;
import io.litindex.search.RankingQuery;
import io.litindex.search.Synonyms;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;

/**
 * The query {@value #NAME}: litindex's ranking of a query text, built on each shard by litindex-core's own
 * {@link RankingQuery} over the shard's reader, so that a cluster ranks exactly as the embedded index does.
 *
 * <pre>{"litindex": {"query": "remote sensing vqa", "fuzzy": false, "max_doc": 2960, "part": "rank"}}</pre>
 *
 * <p>{@code max_doc} is the whole index's document count (the shard's own when absent), {@code part} is {@code rank}
 * (the query that matches and scores) or {@code highlight} (what the highlighter marks in the title and note).
 */
public final class LitindexQueryBuilder extends AbstractQueryBuilder<LitindexQueryBuilder> {
    /** The query's name in the query DSL. */
    public static final String NAME = "litindex";
    static final String RANK = "rank";
    static final String HIGHLIGHT = "highlight";

    /** One builder for every shard: the bundled synonyms, as the embedded searcher's default. */
    private static final class Shared {
        static final RankingQuery RANKING = new RankingQuery(Synonyms.bundled());
    }

    /** The builder of ranking queries every shard shares. */
    static RankingQuery ranking() {
        return Shared.RANKING;
    }

    private final String query;
    private final boolean fuzzy;
    private final int maxDoc;
    private final String part;

    public LitindexQueryBuilder(String query, boolean fuzzy, int maxDoc, String part) {
        this.query = Objects.requireNonNull(query, "query == null");
        this.fuzzy = fuzzy;
        this.maxDoc = maxDoc;
        if (!RANK.equals(part) && !HIGHLIGHT.equals(part)) {
            throw new IllegalArgumentException("[" + NAME + "] part must be " + RANK + " or " + HIGHLIGHT + ", not " + part);
        }
        this.part = part;
    }

    public LitindexQueryBuilder(StreamInput in) throws IOException {
        super(in);
        this.query = in.readString();
        this.fuzzy = in.readBoolean();
        this.maxDoc = in.readVInt();
        this.part = in.readString();
    }

    @Override
    protected void doWriteTo(StreamOutput out) throws IOException {
        out.writeString(query);
        out.writeBoolean(fuzzy);
        out.writeVInt(maxDoc);
        out.writeString(part);
    }

    @Override
    protected void doXContent(XContentBuilder builder, Params params) throws IOException {
        builder.startObject(NAME);
        builder.field("query", query);
        builder.field("fuzzy", fuzzy);
        builder.field("max_doc", maxDoc);
        builder.field("part", part);
        printBoostAndQueryName(builder);
        builder.endObject();
    }

    /** Reads {@code {"query": …, "fuzzy": …, "max_doc": …, "part": …}}. */
    public static LitindexQueryBuilder fromXContent(XContentParser parser) throws IOException {
        FlatObject body = FlatObject.read(parser, "[" + NAME + "] query", Set.of("query", "fuzzy", "max_doc", "part", "boost", "_name"));
        LitindexQueryBuilder builder;
        try {
            builder = new LitindexQueryBuilder(body.text("query"), body.bool("fuzzy"), body.integer("max_doc"), body.text("part", RANK));
        } catch (IllegalArgumentException e) {
            throw new ParsingException(parser.getTokenLocation(), e.getMessage());
        }
        return builder.boost(body.decimal("boost", DEFAULT_BOOST)).queryName(body.text("_name", null));
    }

    @Override
    protected Query doToQuery(QueryShardContext context) throws IOException {
        IndexReader reader = context.getIndexReader();
        if (reader == null) {
            reader = new MultiReader();
        }
        RankingQuery.Built built;
        try {
            built = Shared.RANKING.build(query, fuzzy, reader, maxDoc);
        } catch (InvalidRequestException e) {
            // a 400 with litindex's own one-line message
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (HIGHLIGHT.equals(part)) {
            return built.highlight() == null ? new MatchNoDocsQuery("nothing to highlight") : built.highlight();
        }
        return built.query();
    }

    @Override
    protected boolean doEquals(LitindexQueryBuilder other) {
        return query.equals(other.query) && fuzzy == other.fuzzy && maxDoc == other.maxDoc && part.equals(other.part);
    }

    @Override
    protected int doHashCode() {
        return Objects.hash(query, fuzzy, maxDoc, part);
    }

    @Override
    public String getWriteableName() {
        return NAME;
    }
}
