package io.litindex.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.litindex.Catalog;
import io.litindex.index.Indexer;
import io.litindex.model.Entry;
import io.litindex.model.Kind;
import io.litindex.search.Searcher;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in headless Chromium (Debian's chromium and chromium-driver, driven by Selenium; nothing is
 * downloaded): search as you type, drill-sideways facets, Back, an entry whose title is HTML, screenshots.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    static final String XSS_TITLE = "<img src=x onerror=alert(1)>";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;

    static Searcher searcher;
    static LitindexServer server;
    static ChromeDriverService service;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "the browser tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with " + INSTALL;
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the browser tests must run)");
            }
            Assumptions.abort("skipped: " + message);
        }
        Path index = dir.resolve("index");
        List<Entry> entries = new ArrayList<>(Catalog.bundledEntries());
        entries.add(Entry.builder("html-title", XSS_TITLE).kind(Kind.PAPER).venue("arXiv").year(2025)
                .note("<script>document.title='pwned'</script> an entry whose text is HTML")
                .link("paper", "javascript:alert(2)").link("code", "https://example.org/code")
                .link("code", "https://example.org/port", "<b>PyTorch</b> port")
                .legend("<i>HT</i>", "Hostile <b>Title</b>").legend("XSS", "Cross-Site Scripting")
                .section("Awesome Papers > Hostile Entries").build());
        try (Indexer indexer = Indexer.open(index, true)) {
            indexer.putAll(entries);
            indexer.commit();
        }
        searcher = Searcher.open(index);
        // a minute's time limit per search, as core's tests (FullRequests): a loaded machine must not make an answer partial
        server = LitindexServer.start(searcher, new LitindexServer.Options("127.0.0.1", 0, null, Duration.ofMinutes(1)));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
        if (searcher != null) {
            searcher.close();
        }
    }

    @BeforeEach
    void lightAndWide() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    }

    static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // the page re-renders its lists as answers arrive
        return wait;
    }

    static void open(String query) {
        driver.get(server.url() + query);
        waitForResults();
    }

    /** Waits until no search is in flight and the summary says something. */
    static void waitForResults() {
        waiting().until(d -> d.findElement(By.id("results-area")).getAttribute("aria-busy") == null
                && !d.findElement(By.id("summary")).getText().isEmpty());
    }

    /** The text of the entry view's field with this label, or null when the view has none. */
    static String entryField(String label) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const dt = [...document.querySelectorAll('#entry-fields dt')].find(e => e.textContent === arguments[0]);"
                        + " return dt ? dt.nextElementSibling.textContent : null", label);
    }

    static List<String> titles() {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#results .hit .title')].map(e => e.innerText)");
        return texts;
    }

    /** The counts the facet panel of {@code dim} shows, by value. */
    static Map<String, String> facet(String dim) {
        Map<String, String> counts = new LinkedHashMap<>();
        for (WebElement li : driver.findElements(By.cssSelector("fieldset[data-facet='" + dim + "'] li"))) {
            counts.put(li.findElement(By.cssSelector(".value")).getText(), li.findElement(By.cssSelector(".count")).getText());
        }
        return counts;
    }

    static void screenshot(String name) throws IOException {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void typingGroundingPutsGeoChatFirstWithItsMatchHighlighted() throws IOException {
        driver.get(server.url());
        WebElement box = driver.findElement(By.id("q"));
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals(box, driver.switchTo().activeElement(), "'/' focuses the search box");
        box.sendKeys("grounding");
        waiting().until(d -> !titles().isEmpty() && d.getCurrentUrl().contains("q=grounding"));
        waitForResults();
        assertTrue(titles().get(0).startsWith("GeoChat: Grounded Large Vision-Language Model"), titles().toString());
        WebElement mark = driver.findElement(By.cssSelector("#results .hit .title mark"));
        assertEquals("Grounded", mark.getText());
        assertTrue(driver.findElement(By.id("summary")).getText().contains("for “grounding”"));
    }

    @Test
    void whyHereShowsAHitsScoreInPartsLargestFirst() {
        open("?q=remote+sensing+clip");
        WebElement first = driver.findElement(By.cssSelector("#results .hit"));
        assertTrue(driver.findElements(By.cssSelector("#results .hit .why-parts")).isEmpty(), "explained only when opened");
        first.findElement(By.cssSelector(".why summary")).click();
        waiting().until(d -> !first.findElements(By.cssSelector(".why-parts li")).isEmpty());
        assertEquals("title words", first.findElement(By.cssSelector(".why-parts li .why-part")).getText());
        assertTrue(first.findElement(By.cssSelector(".why-summary")).getText().contains("matches 3 of 3 query words"),
                first.findElement(By.cssSelector(".why-summary")).getText());
        List<Double> scores = first.findElements(By.cssSelector(".why-parts li .why-score")).stream()
                .map(e -> Double.parseDouble(e.getText())).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "largest first");
    }

    @Test
    void aMisspelledQueryOffersTheCorrectionAndShowsCloseMatches() {
        io.litindex.model.SearchResult expected = searcher.search(io.litindex.model.SearchRequest.builder().query("grouding")
                .timeLimit(Duration.ofMinutes(1)).build());
        String correction = expected.suggestion();
        assertTrue(correction != null && correction.startsWith("ground") && expected.fuzzy(), expected.toString());
        open("?q=grouding");
        WebElement notice = driver.findElement(By.id("notice"));
        assertTrue(notice.isDisplayed());
        assertTrue(notice.getText().startsWith("Did you mean " + correction + "?"), notice.getText());
        assertTrue(notice.getText().contains("Nothing matches “grouding” exactly; showing close matches."), notice.getText());
        assertTrue(titles().get(0).startsWith("GeoChat"), titles().toString());
        notice.findElement(By.linkText(correction)).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("?q=" + correction));
        waitForResults();
        waiting().until(d -> !d.findElement(By.id("notice")).isDisplayed());
    }

    @Test
    void suggestionsFollowTheArrowKeys() {
        driver.get(server.url());
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("skyeye");
        waiting().until(d -> !d.findElements(By.cssSelector("#suggestions li")).isEmpty()
                && d.findElement(By.id("suggestions")).isDisplayed());
        List<String> offered = driver.findElements(By.cssSelector("#suggestions li .text")).stream().map(WebElement::getText).toList();
        assertTrue(offered.stream().anyMatch(t -> t.startsWith("SkyEye")), offered.toString());
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", driver.findElement(By.id("suggestion-0")).getAttribute("aria-selected"));
        assertEquals("suggestion-0", box.getAttribute("aria-activedescendant"));
        String first = offered.get(0);
        box.sendKeys(Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().contains("id=") || d.findElement(By.id("q")).getAttribute("value").equals(first));
    }

    @Test
    void checkingAVenueNarrowsTheResultsAndKeepsTheOtherVenuesCounts() {
        open("?q=remote+sensing");
        String before = driver.findElement(By.id("summary")).getText();
        List<String> titlesBefore = titles();
        Map<String, String> venues = facet("venue");
        assertTrue(venues.containsKey("T-GRS") && venues.size() > 2, venues.toString());
        driver.findElement(By.xpath("//fieldset[@data-facet='venue']//label[span[@class='value' and text()='T-GRS']]")).click();
        waiting().until(d -> d.getCurrentUrl().contains("venue=T-GRS"));
        waitForResults();
        waiting().until(d -> !d.findElement(By.id("summary")).getText().equals(before));
        String narrowed = driver.findElement(By.id("summary")).getText();
        assertTrue(narrowed.startsWith(venues.get("T-GRS") + " entr"), narrowed + " vs " + venues);
        for (WebElement venue : driver.findElements(By.cssSelector("#results .hit .venue"))) {
            assertTrue(venue.getText().startsWith("T-GRS"), venue.getText());
        }
        assertEquals(venues, facet("venue"), "drill-sideways: the other venues keep their counts");
        assertTrue(driver.findElement(By.xpath("//fieldset[@data-facet='venue']//li[label/span[text()='T-GRS']]/input")).isSelected());
        assertEquals(List.of("Venue: T-GRS ×"), driver.findElements(By.cssSelector("#chips .chip")).stream().map(WebElement::getText).toList());

        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("venue="));
        waitForResults();
        waiting().until(d -> d.findElement(By.id("summary")).getText().equals(before));
        assertEquals(titlesBefore, titles(), "Back restores the previous results");
        assertFalse(driver.findElement(By.xpath("//fieldset[@data-facet='venue']//li[label/span[text()='T-GRS']]/input")).isSelected());
        driver.navigate().forward();
        waiting().until(d -> d.getCurrentUrl().contains("venue=T-GRS"));
        waitForResults();
        waiting().until(d -> d.findElement(By.id("summary")).getText().equals(narrowed));
    }

    @Test
    void anEntryWhoseTitleIsHtmlShowsAsTextAndRunsNothing() {
        open("?q=onerror");
        assertEquals(List.of(XSS_TITLE), titles());
        assertEquals("onerror", driver.findElement(By.cssSelector("#results .hit .title mark")).getText());
        assertTrue(driver.findElement(By.cssSelector("#results .hit .note")).getText().startsWith("<script>"));
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('#results img, #results script').length"));
        List<String> links = driver.findElements(By.cssSelector("#results .hit .links a.ext")).stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of("https://example.org/code", "https://example.org/port"), links,
                "a javascript: link is not rendered; both code links are, in order");
        assertEquals(List.of("Code · example.org", "Code · <b>PyTorch</b> port"),
                driver.findElements(By.cssSelector("#results .hit .links a.ext")).stream().map(WebElement::getText).toList(),
                "two links of a kind are told apart by label (as text, never HTML) or host");
        driver.findElement(By.cssSelector("#results .hit .title a")).click();
        waiting().until(d -> d.findElement(By.id("entry-title")).getText().equals(XSS_TITLE));
        assertEquals("litindex", driver.getTitle().replace(XSS_TITLE + " · ", ""), "the note's script did not run");
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('#entry img, #entry i, #entry b').length"));
        assertEquals("<i>HT</i> = Hostile <b>Title</b> · XSS = Cross-Site Scripting", entryField("Legend"),
                "the list's legend for the entry's short forms shows, in the list's order, as text");
        try {
            driver.switchTo().alert();
            fail("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void theEntryViewShowsRelatedEntriesAndItsBibtex() {
        open("?q=skyeyegpt");
        driver.findElement(By.cssSelector("#results .hit .title a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("id=2401.09712"));
        waiting().until(d -> !d.findElements(By.cssSelector("#related li")).isEmpty()
                && !d.findElement(By.id("bibtex")).getAttribute("value").isEmpty());
        assertTrue(driver.findElement(By.id("entry-title")).getText().startsWith("SkyEyeGPT"));
        assertEquals("SkyEye-968k", driver.findElement(By.cssSelector("#datasets li")).getText());
        assertEquals("SkyEye-968k", driver.findElement(By.cssSelector("#related li a")).getText(), "the paper's dataset is related first");
        String bib = driver.findElement(By.id("bibtex")).getAttribute("value");
        assertTrue(bib.startsWith("@") && bib.contains("SkyEyeGPT"), bib);
        driver.findElement(By.id("copy-bibtex")).click();
        waiting().until(d -> !d.findElement(By.id("copy-status")).getText().isEmpty());
        assertNotEquals("No BibTeX yet.", driver.findElement(By.id("copy-status")).getText());
        driver.navigate().back();
        waiting().until(d -> !d.getCurrentUrl().contains("id="));
        waitForResults();
        assertTrue(titles().get(0).startsWith("SkyEyeGPT"), titles().toString());
    }

    @Test
    void everyControlHasALabelAndTheExportLinkFollowsTheSearch() {
        open("?q=clip&venue=T-GRS&year=2023..2024");
        Object unlabelled = ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('input, select, textarea')].filter(e => !e.closest('[hidden]'))"
                        + ".filter(e => !(e.id && document.querySelector('label[for=\"' + e.id + '\"]')) && !e.getAttribute('aria-label'))"
                        + ".map(e => e.outerHTML)");
        assertEquals(List.of(), unlabelled);
        assertEquals("2023", driver.findElement(By.id("year-from")).getAttribute("value"));
        assertEquals("2024", driver.findElement(By.id("year-to")).getAttribute("value"));
        String href = driver.findElement(By.id("export-link")).getAttribute("href");
        assertTrue(href.contains("/api/export?q=clip&venue=T-GRS&year=2023..2024&format=bibtex"), href);
    }

    @Test
    void screenshotsOfTheResultsPageWideNarrowAndDark() throws IOException {
        open("?q=remote+sensing&has_code=true");
        screenshot("results.png");

        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 780,
                "deviceScaleFactor", 2, "mobile", true));
        open("?q=remote+sensing&has_code=true");
        Object overflow = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertTrue(((Number) overflow).intValue() <= 360, "no sideways scrolling at 360 px: " + overflow);
        screenshot("results-360px.png");

        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        open("?q=grounding");
        Object background = ((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.body).backgroundColor");
        assertEquals("rgb(21, 24, 28)", background, "the dark scheme");
        screenshot("results-dark.png");
        assertTrue(Files.size(SCREENSHOTS.resolve("results.png")) > 10_000);
        File shot = SCREENSHOTS.resolve("results-dark.png").toFile();
        assertTrue(shot.length() > 10_000);
    }
}
