package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * What a dashboard reads after two scheduled runs of the annual job (2019, then 2020) on a small sample with
 * suppressed cells: the metric dictionary against the profile's own metric entries, the documented latest-figures
 * query ({@code jobs/sql/latest-figures.sql}, run as written) against the latest period picked here from the public
 * Parquet, and the dashboard page: its embedded rows against the public Parquet, and in a real headless browser the
 * table it shows for a metric and breakdown picked there.
 */
class DashboardOutputsTest extends SparkTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static Path out;
    static Path job;

    @BeforeAll
    static void run() throws IOException {
        spark();
        Path data = dir.resolve("data");
        out = dir.resolve("out");
        job = out.resolve("annual-report");
        TestRuns.smallAnnualRuns(data, out);
    }

    @Test
    void theDictionaryListsEveryMetricOfTheProfileSortedWithItsLabelsAndUnits() throws Exception {
        // the cn profile's metric entries as written (the annual job declares none of its own)
        JsonNode entries = new ObjectMapper().readTree(Path.of("jobs/profiles/cn.json").toFile()).get("metrics");
        List<List<String>> expected = new ArrayList<>();
        entries.forEach(m -> expected.add(java.util.Arrays.asList(m.get("id").asText(),
                m.has("label") ? m.get("label").asText() : sentence(m.get("id").asText()),
                m.has("label_zh") ? m.get("label_zh").asText() : null,
                m.get("unit").asText(), m.has("kind") ? m.get("kind").asText() : "count",
                m.get("definition").asText(), m.has("version") ? m.get("version").asText() : "1")));
        expected.sort(Comparator.comparing(r -> r.get(0)));

        List<List<String>> read = query("SELECT metric_id, label_en, label_zh, unit, kind, definition,"
                + " definition_version FROM read_parquet('" + job.resolve("definitions") + "/*.parquet')");
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(read).hasSizeGreaterThan(20);
        Map<String, String> zh = new HashMap<>();
        read.forEach(r -> zh.put(r.get(0), r.get(2)));
        assertThat(zh).containsEntry("acquittal_rate", "无罪判决率")
                .containsEntry("convictions_overturned", "纠正冤错案件数")
                .containsEntry("exclusion_motions_granted", "非法证据排除申请准许件数");
        // every metric of the published table has its definition
        assertThat(query("SELECT DISTINCT metric_id FROM " + metrics()).stream().map(r -> r.get(0)))
                .isSubsetOf(zh.keySet());
    }

    @Test
    void theLatestFiguresQueryGivesEachSeriesItsLatestPublishedPeriod() throws Exception {
        String sql = Files.readString(Path.of("jobs/sql/latest-figures.sql"));
        String query = sql.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(Files.readString(Path.of("README.md"))).as("the README documents the file's query")
                .contains("```sql\n" + query.strip() + "\n```");
        String local = sql.replace("'reports/annual-report/", "'" + job + "/");
        assertThat(local.split(Pattern.quote(job.toString()), -1)).as("both paths replaced").hasSize(3);
        List<List<String>> got = query(local);

        // independently: every public row of a calendar period, the one with the latest end per series
        Map<String, List<String>> latest = new TreeMap<>();
        Map<String, String> ends = new HashMap<>();
        for (List<String> r : query("SELECT metric_id, breakdown, breakdown_value, period_type, period_label,"
                + " CAST(period_end AS VARCHAR), value, ci_low, ci_high, flags, status FROM " + metrics())) {
            if (r.get(3).equals("era") || r.get(3).equals("cumulative")) {
                continue;
            }
            String key = String.join("|", r.subList(0, 4));
            if (ends.get(key) == null || r.get(5).compareTo(ends.get(key)) > 0) {
                ends.put(key, r.get(5));
                latest.put(key, r);
            }
        }
        Map<String, List<String>> dictionary = new HashMap<>();
        query("SELECT metric_id, label_en, label_zh, unit FROM read_parquet('" + job.resolve("definitions")
                + "/*.parquet')").forEach(r -> dictionary.put(r.get(0), r.subList(1, 4)));

        List<List<String>> expected = new ArrayList<>();
        latest.values().forEach(r -> {
            List<String> row = new ArrayList<>(List.of(r.get(0)));
            row.addAll(dictionary.get(r.get(0)));
            row.addAll(r.subList(1, r.size()));
            expected.add(row);
        });
        // the query's columns: metric_id, label_en, label_zh, unit, breakdown, breakdown_value, period_type,
        // period_label, period_end, value, ci_low, ci_high, flags, status
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(got).allSatisfy(r -> assertThat(r.get(7)).isEqualTo("2020"));
        assertThat(got).anySatisfy(r -> assertThat(r.get(12)).contains("c"));
        assertThat(got).filteredOn(r -> r.get(12).contains("c")).allSatisfy(r -> assertThat(r.get(9)).isNull());
    }

    @Test
    void theDashboardEmbedsExactlyThePublicRowsAndNeedsNoNetwork() throws Exception {
        String html = Files.readString(job.resolve("dashboard.html"));
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dashboard-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        List<String> columns = new ArrayList<>();
        data.get("columns").forEach(c -> columns.add(c.asText()));
        List<List<String>> embedded = new ArrayList<>();
        data.get("rows").forEach(r -> {
            List<String> row = new ArrayList<>();
            r.forEach(v -> row.add(v.isNull() ? null : v.isNumber() ? Double.toString(v.asDouble()) : v.asText()));
            embedded.add(row);
        });
        List<List<String>> parquet = query("SELECT " + String.join(", ", columns) + " FROM " + metrics());
        assertThat(columns).contains("metric_id", "breakdown", "breakdown_value", "period_type", "period_label",
                "value", "ci_low", "ci_high", "flags");
        assertThat(embedded).hasSize(parquet.size()).containsExactlyInAnyOrderElementsOf(parquet);
        assertThat(data.get("definitions")).hasSize(query("SELECT metric_id FROM read_parquet('"
                + job.resolve("definitions") + "/*.parquet')").size());
        // no resource from anywhere: no script or stylesheet by address; the chart library is inlined
        assertThat(html).doesNotContain("<script src", "<link ", "http://", "https://cdn");
        assertThat(html).contains("uPlot");
        // the archive page links it
        assertThat(Files.readString(job.resolve("index.html"))).contains("href=\"dashboard.html\"");
    }

    @Test
    void inAHeadlessBrowserTheDashboardShowsTheRowsOfTheMetricAndBreakdownPicked() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            assertThat(System.getenv("CI")).as("CI=true: " + CHROMIUM + " and " + CHROMEDRIVER + " must be"
                    + " installed (.ci/run installs them)").isNotEqualTo("true");
            Assumptions.abort("no " + CHROMIUM + " or " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
        }
        String metric = "acquittal_rate";
        String where = "metric_id = '" + metric + "' AND period_type = 'year'";
        // a breakdown of the metric, and the value of it with the most withheld years
        List<String> pick = query("SELECT breakdown, breakdown_value FROM " + metrics() + " WHERE " + where
                + " AND breakdown NOT IN ('all', 'era_change') GROUP BY 1, 2"
                + " ORDER BY count(*) FILTER (WHERE flags LIKE '%c%') DESC, 1, 2 LIMIT 1").get(0);
        List<List<String>> years = query("SELECT period_label, value, ci_low, ci_high, flags FROM " + metrics()
                + " WHERE " + where + " AND breakdown = '" + pick.get(0) + "' AND breakdown_value = '"
                + pick.get(1) + "' ORDER BY period_start");
        assertThat(years).hasSizeGreaterThan(4);
        // the reader narrows the range: from the second year to the second last
        List<List<String>> expected = new ArrayList<>();
        for (List<String> y : years.subList(1, years.size() - 1)) {
            expected.add(List.of(y.get(0), percent(y.get(1)),
                    y.get(2) == null || y.get(3) == null ? "" : "[" + percent(y.get(2)) + ", " + percent(y.get(3)) + "]",
                    y.get(4)));
        }

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(job.resolve("dashboard.html").toUri().toString());
            new Select(browser.findElement(By.id("metric"))).selectByValue(metric);
            new Select(browser.findElement(By.id("breakdown"))).selectByValue(pick.get(0));
            new Select(browser.findElement(By.id("breakdown-value"))).selectByValue(pick.get(1));
            new Select(browser.findElement(By.id("period-type"))).selectByValue("year");
            new Select(browser.findElement(By.id("period-from"))).selectByValue(years.get(1).get(0));
            new Select(browser.findElement(By.id("period-to"))).selectByValue(years.get(years.size() - 2).get(0));

            List<List<String>> shown = new ArrayList<>();
            for (WebElement tr : browser.findElements(By.cssSelector("#rows tr"))) {
                List<String> cells = new ArrayList<>(List.of(tr.findElement(By.tagName("th")).getText()));
                tr.findElements(By.tagName("td")).forEach(td -> cells.add(td.getText()));
                shown.add(cells);
            }
            assertThat(shown).containsExactlyElementsOf(expected);
            assertThat(expected).anySatisfy(r -> assertThat(r.get(3)).contains("c"));
            // the chart was drawn by the inlined library, and the symbols are explained
            assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
            assertThat(browser.findElement(By.id("symbols")).getText()).contains("[c]", "confidentiality", "[u]");
            for (String id : List.of("metric", "breakdown", "breakdown-value", "period-type", "period-from",
                    "period-to")) {
                assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
            }
        } finally {
            browser.quit();
        }
    }

    private static String metrics() {
        return "read_parquet('" + job.resolve("metrics") + "/**/*.parquet', hive_partitioning = true,"
                + " hive_types = {'period_label': VARCHAR})";
    }

    /** A rate as the page prints it: percent, 3 decimals, rounded from the double's exact value. */
    private static String percent(String fraction) {
        if (fraction == null) {
            return "";
        }
        return new BigDecimal(Double.parseDouble(fraction) * 100).setScale(3, RoundingMode.HALF_UP).toPlainString()
                + "%";
    }

    private static String sentence(String id) {
        String words = id.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The query's rows, every column as text (doubles as Java writes them; null kept). */
    private static List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v instanceof Double d ? Double.toString(d) : Objects.toString(v));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
