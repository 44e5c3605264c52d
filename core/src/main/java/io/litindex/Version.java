package io.litindex;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions of litindex and of the Lucene it runs on. */
public final class Version {
    /** litindex's version, from the build. */
    public static final String LITINDEX = read();
    /** Lucene's version. */
    public static final String LUCENE = org.apache.lucene.util.Version.LATEST.toString();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/io/litindex/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
