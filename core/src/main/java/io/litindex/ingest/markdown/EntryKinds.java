package io.litindex.ingest.markdown;

import io.litindex.ingest.fields.Ids;
import io.litindex.ingest.fields.LinkClassifier;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.model.Link;
import io.litindex.model.Links;
import java.util.List;
import java.util.regex.Pattern;

/** The kind of a list item read as a paper that is only a name with links: a tool or a dataset, by its heading or its repository. */
final class EntryKinds {
    /** A heading over software: "Chemistry Toolkits", "Libraries", "Tools For Single Cell Data", "Platforms". */
    private static final Pattern TOOL_HEADING = Pattern.compile("(?iu)\\b(?:tools?|toolkits?|toolbox(?:es)?|librar(?:y|ies)|"
            + "software|packages?|platforms?|frameworks?|codebases?)\\b");
    /** A heading over data: "Molecule Dataset", "Benchmarks for Evaluation", "Data Sets", "Corpora". */
    private static final Pattern DATASET_HEADING = Pattern.compile("(?iu)\\b(?:datasets?|data\\s+sets?|benchmarks?|corpus|corpora|databases?)\\b");
    /** A heading over papers: "Papers", "Multimodal Large Language Models", "Methods", "Surveys", "Publications". */
    private static final Pattern PAPER_HEADING = Pattern.compile("(?iu)\\b(?:papers?|models?|methods?|surveys?|publications?|"
            + "works?|approaches|literature)\\b");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    /** The most words and characters of a name (a tool's or dataset's, not a paper's title). */
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_LENGTH = 40;

    private EntryKinds() {}

    /**
     * The item with its kind: a paper read from an item that is only a name and links (no authors, venue or year, no
     * arXiv or DOI link, no paper link beside its name's own) is a tool under a heading of software, a dataset under a
     * heading of data (the nearest heading naming one of them decides; words in parentheses do not count), and a tool
     * when its one link is a code repository of its name ("[DeepChem](https://github.com/deepchem/deepchem) - A
     * Python library …") with a description; any other item stays as read.
     *
     * @param e the item as read (a paper)
     * @param headings the headings above it, outermost first
     * @param titleUrl the link of the item's name, or null
     * @return the item, of kind tool or dataset when its shape says so
     */
    static Entry of(Entry e, List<String> headings, String titleUrl) {
        if (e.kind() != Kind.PAPER || !nameOnly(e, titleUrl)) {
            return e;
        }
        Kind byHeading = headingKind(headings);
        if (byHeading != null) {
            return e.toBuilder().kind(byHeading).build();
        }
        boolean ownRepository = e.links().size() == 1 && Links.CODE.equals(e.links().get(0).kind())
                && LinkClassifier.githubRepository(e.links().get(0).url())
                        .map(repo -> key(repo.substring(repo.lastIndexOf('/') + 1)).equals(key(e.title()))).orElse(false);
        return ownRepository && e.note() != null && !e.note().isBlank() ? e.toBuilder().kind(Kind.TOOL).build() : e;
    }

    /**
     * The kind the nearest heading naming software or data gives the name-only items beneath it, or null.
     *
     * @param headings the headings above, outermost first
     * @return tool, dataset or null
     */
    static Kind headingKind(List<String> headings) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = PARENTHESES.matcher(headings.get(i)).replaceAll(" ");
            boolean tool = TOOL_HEADING.matcher(h).find();
            boolean data = DATASET_HEADING.matcher(h).find();
            if (tool != data) {
                return tool ? Kind.TOOL : Kind.DATASET;
            }
        }
        return null;
    }

    /**
     * The kind of a table row whose title was read from a Name column in a table with no Title or Paper column
     * ("| Year | Venue | Keywords | Name | Download |"), where one header heads rows of datasets and rows of papers alike,
     * so each row is decided alone: a name that is a title (a colon, a closing period, more than four words or 40
     * characters) is a paper's; a short name ("GeoChat-Bench", "SAT-4 &amp; SAT-6", "NWPU VHR-10") is a dataset's under a
     * heading naming data, or when the table has a column of data links or sizes ("Download", "Data", "#Images") and no
     * heading names papers or models; a tool's under a heading naming software; otherwise a paper's.
     *
     * @param e the row as read (a paper)
     * @param headings the headings above it, outermost first
     * @param dataColumn whether the table has a column of downloads, data links or sizes
     * @return the row, of kind dataset or tool when its name and its table say so
     */
    static Entry ofNameCell(Entry e, List<String> headings, boolean dataColumn) {
        if (e.kind() != Kind.PAPER || !shortName(e.title())) {
            return e;
        }
        Kind byHeading = rowHeadingKind(headings);
        Kind kind = byHeading != null ? byHeading : dataColumn ? Kind.DATASET : Kind.PAPER;
        return kind == Kind.PAPER ? e : e.toBuilder().kind(kind).build();
    }

    /** The kind the nearest heading naming software, data or papers gives a table's name rows, or null. */
    private static Kind rowHeadingKind(List<String> headings) {
        for (int i = headings.size() - 1; i >= 0; i--) {
            String h = PARENTHESES.matcher(headings.get(i)).replaceAll(" ");
            boolean tool = TOOL_HEADING.matcher(h).find();
            boolean data = DATASET_HEADING.matcher(h).find();
            boolean paper = PAPER_HEADING.matcher(h).find();
            if ((tool ? 1 : 0) + (data ? 1 : 0) + (paper ? 1 : 0) == 1) {
                return tool ? Kind.TOOL : data ? Kind.DATASET : Kind.PAPER;
            }
        }
        return null;
    }

    /** A name rather than a title: at most four words ("&amp;" and "+" between names no word), 40 characters, no colon, no closing period. */
    static boolean shortName(String title) {
        String t = title.strip();
        if (t.isEmpty() || t.length() > MAX_NAME_LENGTH || t.indexOf(':') >= 0 || t.endsWith(".")) {
            return false;
        }
        int words = 0;
        for (String w : t.split("\\s+")) {
            if (!w.equals("&") && !w.equals("+")) {
                words++;
            }
        }
        return words <= MAX_NAME_WORDS;
    }

    /**
     * A short name (no colon, no closing period) with links, and no authors, venue, year, arXiv or DOI link, and no
     * paper link other than the name's own ("**GNNExplainer and PGExplainer** [paper](…) [Code](…)" is a paper).
     */
    private static boolean nameOnly(Entry e, String titleUrl) {
        String t = e.title().strip();
        List<Link> links = e.links();
        return !links.isEmpty() && e.authors().isEmpty() && e.venue() == null && e.year() == null
                && t.length() <= MAX_NAME_LENGTH && t.indexOf(':') < 0 && !t.endsWith(".") && t.split("\\s+").length <= MAX_NAME_WORDS
                && Ids.arxivId(links).isEmpty() && Ids.doi(links).isEmpty()
                && links.stream().noneMatch(l -> Links.PAPER.equals(l.kind()) && !l.url().equals(titleUrl));
    }

    /** Letters and digits only, lower case: "PyTorch Geometric" and "pytorch_geometric" are one name. */
    private static String key(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
