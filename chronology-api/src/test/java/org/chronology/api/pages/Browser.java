package org.chronology.api.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs) at 1280x800,
 * with a fresh profile, downloads going to a folder of its own, and screenshots saved under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = resource("/axe/axe.min.js");
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;
    private final Path profile;
    private final String base;
    /** Everything the pages wrote to the console, each line with the page it came from. */
    private final List<String> console = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Pattern> expectedErrors = new ArrayList<>();

    Browser(int port) {
        try {
            downloads = Files.createTempDirectory("chronology-downloads");
            profile = Files.createTempDirectory("chronology-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking flags Chromium misbehaves on a machine with no internet access.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Pages re-render what they show as new data arrives: an element found a moment ago may have been
        // replaced by the time it is read, and the wait should simply look again.
        wait.ignoring(StaleElementReferenceException.class);
        base = "http://localhost:" + port;
    }

    void open(String path) {
        readConsole();
        driver.get(base + path);
    }

    /** Signs in on the sign-in page and waits for the page the role lands on. */
    void signIn(String token, String landing) {
        open("/app/");
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains(landing));
    }

    void signOut() {
        readConsole();
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.urlMatches(".*/app/$"));
    }

    /** Clicks the element, looking for it again if the page replaced it between finding and clicking. */
    void click(String css) {
        wait.until(d -> {
            find(css).click();
            return true;
        });
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits until the page's status line starts with {@code prefix}: the page has finished loading or failed. */
    String awaitStatus(String prefix) {
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith(prefix));
        return driver.findElement(By.id("status")).getText();
    }

    <T> T await(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Waits longer than the usual 20 s: for background work the page follows, such as a replay. */
    <T> T await(Duration timeout, Function<WebDriver, T> condition) {
        WebDriverWait longer = new WebDriverWait(driver, timeout);
        longer.ignoring(StaleElementReferenceException.class);
        return longer.until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The status of a request the page's own JavaScript makes with the signed-in token. */
    long statusOfFetch(String path) {
        return (Long) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = JSON.parse(sessionStorage.getItem('chronology.session')).token;
                fetch(arguments[0], {headers: {Authorization: 'Bearer ' + token}}).then(r => done(r.status));
                """, path);
    }

    /**
     * The WCAG 2.2 A and AA rules axe-core finds broken on the page as it is now, one line each (impact, rule,
     * where). The checker is injected through WebDriver, so the pages' CSP stays as strict as it is.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() {
        driver.executeScript(AXE);
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                  .then(r => done(r.violations.map(v => `${v.impact} ${v.id}: ${v.nodes.length} at `
                    + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));
                """);
    }

    /** The dates the chart's time axis shows now, as the chart reports them once drawn (its first and last day). */
    List<LocalDate> chartWindow() {
        WebElement chart = wait.until(d -> {
            WebElement element = d.findElement(By.id("chart"));
            return element.getDomAttribute("data-window-start") == null ? null : element;
        });
        return List.of(day(chart.getDomAttribute("data-window-start")), day(chart.getDomAttribute("data-window-end")));
    }

    /** The chart's box labels (an entry or finding at a date) that do not fit inside the chart's time axis. */
    @SuppressWarnings("unchecked")
    List<String> timelineLabelsCutOff() {
        return (List<String>) script("""
                const axis = document.querySelector('#chart .vis-panel.vis-center').getBoundingClientRect();
                return [...document.querySelectorAll('#chart .vis-item.vis-box')].filter(box => {
                  const r = box.getBoundingClientRect();
                  return r.right > axis.left && r.left < axis.right && (r.left < axis.left - 1 || r.right > axis.right + 1);
                }).map(box => box.textContent);
                """);
    }

    /** The labels of bars (a worker's allocation) that show but run past their bar or the chart's axis: cut. */
    @SuppressWarnings("unchecked")
    List<String> barLabelsCutOff() {
        return (List<String>) script("""
                const axis = document.querySelector('#chart .vis-panel.vis-center').getBoundingClientRect();
                return [...document.querySelectorAll('#chart .vis-item.allocation .item-label')].filter(label => {
                  const bar = label.closest('.vis-item').getBoundingClientRect();
                  const r = label.getBoundingClientRect();
                  return getComputedStyle(label).visibility !== 'hidden' && r.width > 0
                    && (r.right > Math.min(bar.right, axis.right) + 1 || r.left < Math.max(bar.left, axis.left) - 1);
                }).map(label => label.textContent);
                """);
    }

    /** The time axis's date labels that show but run past the chart's axis on either side: cut at its edge. */
    @SuppressWarnings("unchecked")
    List<String> axisLabelsOutsideTheChart() {
        return (List<String>) script("""
                const axis = document.querySelector('#chart .vis-panel.vis-center').getBoundingClientRect();
                return [...document.querySelectorAll('#chart .vis-time-axis .vis-text')].filter(label => {
                  const r = label.getBoundingClientRect();
                  return label.textContent.trim() && getComputedStyle(label).visibility !== 'hidden'
                    && r.width > 0 && r.right > axis.left && r.left < axis.right
                    && (r.left < axis.left - 1 || r.right > axis.right + 1);
                }).map(label => label.textContent);
                """);
    }

    /** The labels of a Chart.js chart's category axis, in order. */
    @SuppressWarnings("unchecked")
    List<String> chartLabels(String canvasId) {
        return (List<String>) script("return Chart.getChart(arguments[0]).data.labels.map(String)", canvasId);
    }

    /** Every Chart.js axis on the page whose widest label is wider than the room the axis has. */
    @SuppressWarnings("unchecked")
    List<String> chartLabelsCutOff() {
        return (List<String>) script("""
                return [...document.querySelectorAll('canvas')].flatMap(canvas => {
                  const chart = Chart.getChart(canvas);
                  return Object.values(chart.scales).filter(scale => scale.axis === 'y'
                      && (scale.left < 0 || (scale._labelSizes?.widest.width ?? 0) > scale.width))
                    .map(scale => canvas.id + ' ' + scale.id);
                });
                """);
    }

    private static LocalDate day(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Presses keys as a keyboard would, into whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * The focused element: {@code id}, {@code text}, and whether it is {@code shown} (inside the window) with a
     * focus {@code outline} drawn around it.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> focused() {
        return (Map<String, Object>) script("""
                const e = document.activeElement, r = e.getBoundingClientRect(), style = getComputedStyle(e);
                return {id: e.id, text: e.textContent.trim(), shown: r.left >= 0 && r.top >= 0 && r.width > 0
                  && r.right <= innerWidth, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0};
                """);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void screenshot(String name) {
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks the button and returns the file it downloads, once the download is complete. */
    Path download(String buttonCss, String fileName) {
        Path file = downloads.resolve(fileName);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        find(buttonCss).click();
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        awaitStatus(fileName + " downloaded");
        return file;
    }

    /** What the pages wrote to the console so far: printed when a test fails. */
    String consoleLog() {
        readConsole();
        return String.join("\n", console);
    }

    /**
     * A console error the test provokes on purpose (a refused request, say): matched by {@code regex}, it is not
     * counted by {@link #consoleErrors()}.
     */
    void expectConsoleError(String regex) {
        expectedErrors.add(Pattern.compile(regex));
    }

    /** The console errors no test expected since last asked (a CSP violation, a script error, a failed request). */
    List<String> consoleErrors() {
        readConsole();
        List<String> unexpected = errors.stream()
                .filter(error -> expectedErrors.stream().noneMatch(p -> p.matcher(error).find())).toList();
        errors.clear();
        expectedErrors.clear();
        return unexpected;
    }

    /** Reads the browser's log before it leaves a page, so each line is told with the page that wrote it. */
    private void readConsole() {
        String page = driver.getCurrentUrl();
        driver.manage().logs().get("browser").forEach(entry -> {
            String line = entry.getLevel() + " " + page + ": " + entry.getMessage();
            console.add(line);
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(line);
            }
        });
    }

    private static String resource(String name) {
        try (InputStream in = Browser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
