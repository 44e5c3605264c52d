package io.litindex.opensearch;

import java.io.IOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Request;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.TransportException;
import org.opensearch.client.transport.httpclient5.ResponseException;

/** The status and body of one request sent through the client's generic API, whatever the status. */
record Answer(int status, String body) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    /**
     * Sends {@code request}. The transport reports an error status as a {@link ResponseException}, whose message is
     * the request line, a line break and the body; it is turned back into an answer here, so that only a request
     * that got no answer at all throws.
     *
     * @throws IOException when no node answered
     */
    static Answer send(OpenSearchClient client, Request request) throws IOException {
        try (Response response = client.generic().execute(request)) {
            return new Answer(response.getStatus(), response.getBody().map(Body::bodyAsString).orElse(""));
        } catch (ResponseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int lineBreak = message.indexOf('\n');
            return new Answer(e.status(), lineBreak < 0 ? "" : message.substring(lineBreak + 1));
        } catch (IOException e) {
            // 401 and 403 come as a TransportException with one of these messages and no status, wrapped by the
            // transport in an IOException of the same message
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof TransportException && "Unauthorized access".equals(t.getMessage())) {
                    return new Answer(401, "");
                }
                if (t instanceof TransportException && "Forbidden access".equals(t.getMessage())) {
                    return new Answer(403, "");
                }
            }
            throw e;
        }
    }
}
