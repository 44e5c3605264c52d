package io.litindex.opensearch;

import io.litindex.LitindexException;

/** An OpenSearch cluster that cannot be used: unreachable, refusing the credentials, or not OpenSearch 2.x. */
public class ClusterUnavailableException extends LitindexException {
    private static final long serialVersionUID = 1L;

    public ClusterUnavailableException(String message) {
        super(message);
    }

    public ClusterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
