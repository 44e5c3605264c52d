package io.litindex.ingest;

import io.litindex.model.Entry;
import io.litindex.model.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.litindex.ingest.Fixtures.byTitle;
import static io.litindex.ingest.Fixtures.diagnostics;
import static io.litindex.ingest.Fixtures.read;
import static io.litindex.ingest.Fixtures.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shapes found by the second reading audit (session 26: real lists litindex had never seen, docs/lists.md "Reading
 * audit (session 26)"), written here small.
 */
class SecondReadingAuditShapesTest {

    private static String url(Entry e, String kind) {
        return e.links().stream().filter(l -> l.kind().equals(kind)).map(Link::url).findFirst().orElse(null);
    }

    private static final String HTML_TABLE = """
            # Image Quality Assessment

            <table>
                <tr>
                    <td>Metrics</td>
                    <td>Citations</td>
                    <td>Earliest publication time</td>
                    <td>Paper name</td>
                </tr>
                <tr>
                    <td colspan="4" align="center"><a id="1"></a> 📖HVS-Based Method</td>
                </tr>
                <tr>
                    <td>structural similarity (SSIM)</td>
                    <td>58352</td>
                    <td>2004.04</td>
                    <td>
                      <a href="https://ieeexplore.ieee.org/document/1284395">Image quality assessment: From error visibility to structural similarity</a>
                    </td>
                </tr>
                <tr>
                    <td>peak SNR (PSNR)</td>
                    <td></td>
                    <td></td>
                    <td></td>
                </tr>
                <tr>
                    <td colspan="4" align="center"><a id="2"></a> 📖CNN-Based Method</td>
                </tr>
                <tr>
                    <td>DISTS</td>
                    <td>847</td>
                    <td>2020.12</td>
                    <td><a href="https://ieeexplore.ieee.org/document/9298952">Image Quality Assessment: <b>Unifying</b> Structure and Texture Similarity</a></td>
                </tr>
            </table>
            """;

    @Test
    void htmlTableRowsAreReadAsATablesRows() {
        ImportResult result = read(HTML_TABLE);
        assertEquals(List.of("Image quality assessment: From error visibility to structural similarity",
                "Image Quality Assessment: Unifying Structure and Texture Similarity"), titles(result));
        Entry ssim = byTitle(result, "Image quality assessment: From error visibility to structural similarity");
        assertEquals("https://ieeexplore.ieee.org/document/1284395", url(ssim, "paper"));
        assertEquals(2004, ssim.year());
        assertEquals("2004-04", ssim.date());
        assertEquals(List.of("Image Quality Assessment > HVS-Based Method"), ssim.sections());
        assertTrue(ssim.note().contains("structural similarity (SSIM)"), ssim.note());
        Entry dists = byTitle(result, "Image Quality Assessment: Unifying Structure and Texture Similarity");
        assertEquals(List.of("Image Quality Assessment > CNN-Based Method"), dists.sections());
        assertEquals(2020, dists.year());
        // the entry stands on its row's <tr> line; the row without a paper is reported on its own
        assertEquals(30, dists.sources().get(0).line());
        assertTrue(diagnostics(result).stream().anyMatch(d -> d.contains(":21:") && d.contains("no title")), diagnostics(result).toString());
    }

    @Test
    void anHtmlTableWithoutATitleColumnGivesNoEntries() {
        ImportResult result = read("""
                # Logos

                <table>
                  <tr><td>Lab</td><td>Site</td></tr>
                  <tr><td>Vision Group</td><td><a href="https://example.org/vision">home</a></td></tr>
                </table>

                - [A Paper Title About Things](https://arxiv.org/abs/2101.00001)
                """);
        assertEquals(List.of("A Paper Title About Things"), titles(result));
    }

    private static final String SUMMARIES = """
            # Programming Languages

            (Sorted by year)

            <details><summary><a href="https://doi.org/10.1145/3591257">Don’t Look UB: Exposing Sanitizer-Eliding Compiler Optimizations</a> (2023)</summary><br><pre><code>@article{10.1145/3591257,
                author = "Isemann, Raphael and Giuffrida, Cristiano and van der Kouwe, Erik",
                title = "Don’t Look UB: Exposing Sanitizer-Eliding Compiler Optimizations",
                year = "2023",
                journal = "Proc. ACM Program. Lang.",
                doi = "10.1145/3591257"
            }
            </pre></code></details><details><summary><a href="https://doi.org/10.1007/11542384_15">Lego</a> (2006)</summary><br><pre><code>@incollection{DBLP:conf/tphol/McBride06,
                author = "McBride, Conor",
                title = "Lego",
                booktitle = "The Seventeen Provers of the World",
                year = "2006"
            }
            </pre></code></details><details><summary><b>Code</b></summary>

            - see the repository
            </details>
            """;

    @Test
    void summariesLinkingAPaperWithBibtexUnderThemArePapers() {
        ImportResult result = read(SUMMARIES);
        assertEquals(List.of("Don’t Look UB: Exposing Sanitizer-Eliding Compiler Optimizations", "Lego"), titles(result));
        Entry ub = byTitle(result, "Don’t Look UB: Exposing Sanitizer-Eliding Compiler Optimizations");
        assertEquals(List.of("Raphael Isemann", "Cristiano Giuffrida", "Erik van der Kouwe"), ub.authors());
        assertEquals(2023, ub.year());
        assertEquals("https://doi.org/10.1145/3591257", url(ub, "paper"));
        assertTrue(ub.venue() != null && ub.venue().startsWith("Proc. ACM Program. Lang"), String.valueOf(ub.venue()));
        Entry lego = byTitle(result, "Lego");
        assertEquals(List.of("Conor McBride"), lego.authors());
        assertEquals(2006, lego.year());
    }

    @Test
    void aOneWordSummaryLinkWithoutBibtexIsNoPaper() {
        ImportResult result = read("""
                # Notes

                <details><summary><a href="https://github.com/org/tool">Code</a></summary>Run it.</details>

                - [A Paper Title About Things](https://arxiv.org/abs/2101.00001)
                """);
        assertEquals(List.of("A Paper Title About Things"), titles(result));
    }

    private static final String LEAD_TAGS = """
            # Efficient Diffusion

            ## Quantization
            - **[ICLR 2024]** Latent 3D Graph Diffusion. [[Paper]](https://openreview.net/pdf?id=cXbnGtO0NZ)
            - **[CVPR 2023]** Align your Latents: High-Resolution Video Synthesis. [[Paper]](https://arxiv.org/pdf/2304.08818)
            - **[NeurIPS 2023]** Parallel Sampling of Diffusion Models. [[Paper]](https://example.org/parallel.pdf)

            ## Systems
            - **[FPL 2024]** SDA: Low-Bit Stable Diffusion Acceleration on Edge FPGAs. [[Paper]](https://example.org/sda.pdf) [[Code]](https://github.com/org/sda)
            - **[CVPR 2024]** DistriFusion: Distributed Parallel Inference. [[Paper]](https://arxiv.org/pdf/2402.19481) [[Code]](https://github.com/mit-han-lab/distrifuser)
            - **[NSDI 2024]** Approximate Caching for Serving Diffusion Models. [[Paper]](https://arxiv.org/pdf/2312.04429) [[Code]](https://github.com/mit-han-lab/distrifuser)
            """;

    @Test
    void aBoldBracketedTagNamingAnUnknownVenueIsTheVenueInAListOfSuchTags() {
        ImportResult result = read(LEAD_TAGS);
        Entry sda = byTitle(result, "SDA: Low-Bit Stable Diffusion Acceleration on Edge FPGAs");
        assertEquals("FPL", sda.venue());
        assertEquals(2024, sda.year());
        assertNull(sda.note());
        // known now (systems venues), and no longer folded into the paper listed above it under the same code link
        Entry caching = byTitle(result, "Approximate Caching for Serving Diffusion Models");
        assertEquals("NSDI", caching.venue());
        assertEquals(2024, caching.year());
        assertEquals("CVPR", byTitle(result, "DistriFusion: Distributed Parallel Inference").venue());
        assertFalse(titles(result).stream().anyMatch(t -> t.startsWith("[")), titles(result).toString());
    }

    @Test
    void aYearLabelledBadgeGivesTheYearAndAKnownVenue() {
        ImportResult result = read("""
                # Efficient Papers

                1. [COMET: Towards Practical W4A4KV4 LLMs Serving](http://arxiv.org/abs/2410.12168v1) [![Publish](https://img.shields.io/badge/2025-ASPLOS-9370DB)]
                2. [KVCache Cache in the Wild: Characterizing KVCache at a Cloud Provider](http://arxiv.org/abs/2506.02634v4) [![Publish](https://img.shields.io/badge/2025-ATC-DC143C)]
                3. [Native Sparse Attention: Hardware-Aligned Sparse Attention](http://arxiv.org/abs/2502.11089v1) [![Publish](https://img.shields.io/badge/2025-ACL-4169E1)]
                """);
        Entry comet = byTitle(result, "COMET: Towards Practical W4A4KV4 LLMs Serving");
        assertEquals("ASPLOS", comet.venue());
        assertEquals(2025, comet.year()); // not 2024, the year of its arXiv identifier
        Entry atc = byTitle(result, "KVCache Cache in the Wild: Characterizing KVCache at a Cloud Provider");
        assertNull(atc.venue());
        assertEquals(2025, atc.year());
        assertEquals("ACL", byTitle(result, "Native Sparse Attention: Hardware-Aligned Sparse Attention").venue());
    }

    @Test
    void aLabelOverShortFormsItDefinesIsNoEntryAndATagsBracketStaysOutOfTheNote() {
        ImportResult result = read("""
                # Zero-shot Quantization

                **Keywords**
                - **Training Requirement**: **`PTQ`**: Post-training Quantization / **`QAT`**: Quantization-aware Training
                - **Scope of Contribution**: **`Syn`**: Data Synthesis / **`Quant`**: Network Quantization / **`S+Q`** Both

                ### Synthesis-free
                - **[ICCV 2023]** Unified Data-Free Compression: Pruning and Quantization without Fine-Tuning [**`PTQ`, `Quant`, `CNN`**] <br>
                    [![arXiv](https://img.shields.io/badge/arXiv-2308.07209-b31b1b.svg)](https://arxiv.org/abs/2308.07209)
                - **[ICLR 2022]** SQuant: On-the-Fly Data-Free Quantization via Diagonal Hessian Approximation [**`PTQ`, `Quant`, `CNN`**] <br>
                    [![arXiv](https://img.shields.io/badge/arXiv-2202.07471-b31b1b.svg)](https://arxiv.org/abs/2202.07471)
                - **[CVPR 2020]** ZeroQ: A Novel Zero Shot Quantization Framework [**`PTQ`, `S+Q`, `CNN`**] <br>
                    [![arXiv](https://img.shields.io/badge/arXiv-2001.00281-b31b1b.svg)](https://arxiv.org/abs/2001.00281)
                """);
        assertEquals(List.of("Unified Data-Free Compression: Pruning and Quantization without Fine-Tuning",
                "SQuant: On-the-Fly Data-Free Quantization via Diagonal Hessian Approximation",
                "ZeroQ: A Novel Zero Shot Quantization Framework"), titles(result));
        Entry squant = byTitle(result, "SQuant: On-the-Fly Data-Free Quantization via Diagonal Hessian Approximation");
        assertEquals("PTQ, Quant, CNN", squant.note());
        assertEquals("ICLR", squant.venue());
    }
}
