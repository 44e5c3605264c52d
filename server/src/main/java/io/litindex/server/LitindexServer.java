package io.litindex.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import io.litindex.LitindexException;
import io.litindex.search.SearchBackend;
import io.litindex.model.SearchRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A running litindex HTTP server: the JSON API ({@link Api}) and the search page over one {@link SearchBackend},
 * read-only, on Javalin (Jetty 12). It moves to the index's newest commit on its own ({@link CommitFollower}).
 */
public final class LitindexServer implements AutoCloseable {
    /** Where the page's files are on the class path: nothing outside this folder is served. */
    static final String PAGE = "/io/litindex/server/page";

    /**
     * The page's Content-Security-Policy: scripts, styles, images and requests from this origin only, no inline
     * script or style attribute, no plugin, no frame, no form sent elsewhere.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Headers on every response: the policy above, and no guessing of content types or leaking of addresses. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    /** The longest request line and headers Jetty accepts (longer: 431); a query is at most a few hundred characters. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /**
     * How the server runs.
     *
     * @param host the address to bind (127.0.0.1 unless the user says otherwise)
     * @param port the port, 0 for any free one
     * @param followCommits how often to look for a newer commit of the index, or null never (the bundled catalog)
     * @param timeLimit how long one search may take (each page of an export too): a search that runs out answers
     *     with what it reached, marked partial; an export that runs out is refused (503 {@code time_limit})
     */
    public record Options(String host, int port, Duration followCommits, Duration timeLimit) {
        public static final String DEFAULT_HOST = "127.0.0.1";
        public static final int DEFAULT_PORT = 8080;
        /** Looking four times a second shows another process's commit well within a second. */
        public static final Duration DEFAULT_FOLLOW = Duration.ofMillis(250);

        public Options {
            Objects.requireNonNull(host, "host == null");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            Objects.requireNonNull(timeLimit, "timeLimit == null");
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("time limit " + timeLimit.toMillis() + " ms: must be more than 0");
            }
        }

        /** Options with core's time limit per search ({@link SearchRequest#DEFAULT_TIME_LIMIT}, 2 s). */
        public Options(String host, int port, Duration followCommits) {
            this(host, port, followCommits, SearchRequest.DEFAULT_TIME_LIMIT);
        }
    }

    private final Javalin app;
    private final CommitFollower follower;
    private final String host;

    private LitindexServer(Javalin app, CommitFollower follower, String host) {
        this.app = app;
        this.follower = follower;
        this.host = host;
    }

    /**
     * Starts serving {@code searcher} (which the caller keeps and closes after {@link #close()}).
     *
     * @throws LitindexException when the address cannot be bound (the port is taken, the host is not this machine's)
     */
    public static LitindexServer start(SearchBackend searcher, Options options) {
        Objects.requireNonNull(searcher, "searcher == null");
        Objects.requireNonNull(options, "options == null");
        Api api = new Api(searcher, options.timeLimit());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            config.http.maxRequestSize = 1024; // only GET and HEAD are routed: no request has a body to read
            config.http.prefer405over404 = true;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = PAGE;
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            api.addRoutes(config.routes);
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            app.stop();
            throw new LitindexException("cannot listen on " + options.host() + ":" + options.port() + ": "
                    + (options.port() != 0 && e.getMessage() != null && e.getMessage().contains("in use")
                    ? "the port is in use by another program (choose another with --port)" : bindReason(e)), e);
        } catch (RuntimeException e) {
            app.stop();
            throw new LitindexException("cannot start the server on " + options.host() + ":" + options.port() + ": " + bindReason(e), e);
        }
        CommitFollower follower = options.followCommits() == null ? null : CommitFollower.start(searcher, options.followCommits());
        return new LitindexServer(app, follower, options.host());
    }

    private static String bindReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The port the server listens on (the one chosen when the options asked for any). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (host.equals("0.0.0.0") || host.equals("::")) {
            h = "localhost";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** Stops listening and following commits; requests being answered finish first. */
    @Override
    public void close() {
        if (follower != null) {
            follower.close();
        }
        app.stop();
    }
}
