package io.litindex.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.litindex.InvalidRequestException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Where an OpenSearch cluster is: one or more node URLs ({@code http://127.0.0.1:9200,http://127.0.0.1:9201}) and
 * the credentials to use, and the client made from them.
 *
 * <p>Credentials come from the URL ({@code https://user:password@host:9200}) or from the environment variables
 * {@value #USERNAME_ENV} and {@value #PASSWORD_ENV}; they are never part of {@link #toString()}. TLS ({@code https})
 * uses the JVM's default trust store, set as usual with {@code -Djavax.net.ssl.trustStore=…}.
 */
public final class OpenSearchTarget {
    public static final String USERNAME_ENV = "LITINDEX_OPENSEARCH_USERNAME";
    public static final String PASSWORD_ENV = "LITINDEX_OPENSEARCH_PASSWORD";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HttpHost> hosts;
    private final String username;
    private final String password;

    private OpenSearchTarget(List<HttpHost> hosts, String username, String password) {
        this.hosts = List.copyOf(hosts);
        this.username = username;
        this.password = password;
    }

    /** The target of {@code urls}: node URLs separated by commas; credentials from the URLs or else the process environment. */
    public static OpenSearchTarget parse(String urls) {
        return parse(urls, System.getenv());
    }

    /**
     * The target of {@code urls} with credentials from {@code environment} when the URLs hold none.
     *
     * @throws InvalidRequestException when a URL is not an http(s) URL with a host
     */
    public static OpenSearchTarget parse(String urls, Map<String, String> environment) {
        if (urls == null || urls.isBlank()) {
            throw new InvalidRequestException("no OpenSearch URL given");
        }
        List<HttpHost> hosts = new ArrayList<>();
        String user = null;
        String pass = null;
        for (String part : urls.split(",")) {
            String url = part.strip();
            if (url.isEmpty()) {
                continue;
            }
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new InvalidRequestException("not an OpenSearch URL: " + redact(url) + " (expected http://HOST:PORT)");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new InvalidRequestException("not an OpenSearch URL: " + redact(url) + " (expected http://HOST:PORT or https://HOST:PORT)");
            }
            if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
                throw new InvalidRequestException("an OpenSearch URL names a node, not a path: " + redact(url)
                        + " (give the index with --index-name)");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : 9200;
            hosts.add(new HttpHost(scheme, uri.getHost(), port));
            if (uri.getRawUserInfo() != null) {
                String[] userInfo = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8);
                pass = userInfo.length > 1 ? URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8) : "";
            }
        }
        if (hosts.isEmpty()) {
            throw new InvalidRequestException("no OpenSearch URL given");
        }
        if (user == null && environment.get(USERNAME_ENV) != null) {
            user = environment.get(USERNAME_ENV);
            pass = environment.getOrDefault(PASSWORD_ENV, "");
        }
        return new OpenSearchTarget(hosts, user, pass);
    }

    /** A URL without its user information (user:password@). */
    static String redact(String url) {
        return url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^@/]*@", "$1");
    }

    /** The nodes' URLs. */
    public List<String> urls() {
        return hosts.stream().map(HttpHost::toURI).toList();
    }

    /** A new client; close its transport ({@code client._transport().close()}) when done. */
    public OpenSearchClient client() {
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new))
                .setMapper(new JacksonJsonpMapper());
        if (username != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(username, password.toCharArray()));
            }
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        OpenSearchTransport transport = builder.build();
        return new OpenSearchClient(transport);
    }

    /**
     * The cluster's version, checked: OpenSearch 2.x.
     *
     * @throws ClusterUnavailableException when the cluster cannot be reached, refuses the request, or is not OpenSearch 2.x
     */
    public String checkVersion(OpenSearchClient client) {
        // read with the generic client, not the typed info(): any server's answer (Elasticsearch 8, OpenSearch 3)
        // must give a clear message, not a deserialization error
        JsonNode info;
        try {
            Answer answer = Answer.send(client, Requests.builder().method("GET").endpoint("/").build());
            if (answer.status() == 401 || answer.status() == 403) {
                throw new ClusterUnavailableException("OpenSearch at " + this + " refused the credentials (" + answer.status()
                        + "); set them in the URL or in " + USERNAME_ENV + " and " + PASSWORD_ENV);
            }
            if (!answer.ok()) {
                throw new ClusterUnavailableException("the server at " + this + " answered " + answer.status()
                        + " to GET /; is it OpenSearch?");
            }
            info = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new ClusterUnavailableException("the server at " + this + " does not answer as OpenSearch does (no JSON at GET /)", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ClusterUnavailableException c) {
                throw c;
            }
            throw unreachable(e);
        }
        String distribution = info.path("version").path("distribution").asText(null);
        String number = info.path("version").path("number").asText("unknown");
        if (distribution == null || !distribution.equalsIgnoreCase("opensearch")) {
            throw new ClusterUnavailableException("the server at " + this + " is not OpenSearch (it says "
                    + (distribution == null ? "version " + number : distribution + " " + number) + "); litindex needs OpenSearch 2.x");
        }
        if (!number.startsWith("2.")) {
            throw new ClusterUnavailableException("the server at " + this + " runs OpenSearch " + number
                    + "; litindex needs OpenSearch 2.x");
        }
        return number;
    }

    /** The error of a cluster that cannot be reached. */
    ClusterUnavailableException unreachable(Exception e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
        return new ClusterUnavailableException("cannot reach OpenSearch at " + this + ": " + cause, e);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** The nodes' URLs, comma-separated, without credentials. */
    @Override
    public String toString() {
        return String.join(",", urls());
    }
}
