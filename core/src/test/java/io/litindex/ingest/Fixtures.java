package io.litindex.ingest;

import io.litindex.model.Entry;
import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for the fixture tests: read a Markdown text, find an entry, list diagnostics as text. */
public final class Fixtures {
    public static final String LIST = "fixture.md";

    private Fixtures() {}

    public static ImportResult read(String markdown) {
        return new MarkdownListReader().read(LIST, markdown);
    }

    public static Entry byTitle(ImportResult result, String title) {
        return result.entries().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + title + "' in " + titles(result)));
    }

    public static List<String> titles(ImportResult result) {
        return result.entries().stream().map(Entry::title).collect(Collectors.toList());
    }

    public static List<String> diagnostics(ImportResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
    }

}
