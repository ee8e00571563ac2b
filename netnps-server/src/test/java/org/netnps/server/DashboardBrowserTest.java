package org.netnps.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.io.store.ActionStore;
import org.netnps.server.api.ActionVerifier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's chromium driven by its chromium-driver (installed by
 * .ci/run), headless and offline. Skipped, with the reason, where the driver is not installed.
 */
@Tag("browser")
class DashboardBrowserTest {
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  static Path tmp;
  static TestServer s;
  static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
        "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
    // the verification itself (difference-in-differences) is tested in netnps-app; here its display
    Path db = Files.createDirectories(tmp.resolve("db"));
    Map<String, Object> effects = Map.of("expected_nps", Map.of("estimate", 1.2, "ci95", List.of(0.4, 2.0),
        "p_value", 0.003));
    ActionVerifier verifier = new ActionVerifier() {
      @Override
      public Verdict verify(ActionStore.StoredAction a, List<ActionStore.StoredAction> loop) {
        return new Verdict(true, "expected NPS +1.20 [+0.40, +2.00]", Map.of("treated_grids", List.of(a.gridId()),
            "control_grids", List.of("x", "y", "z"), "days_before", 4, "days_after", 3, "effects", effects));
      }

      @Override
      public Verdict verifyPlan(List<ActionStore.StoredAction> implemented, List<ActionStore.StoredAction> loop) {
        Map<String, Object> holdout = Map.of("design", "randomised holdout", "verified", true, "treated_units", 5,
            "control_units", 2, "treated_grids", List.of("g"), "control_grids", List.of("h", "i"), "days_before", 4,
            "days_after", 3, "effects", Map.of("expected_nps", Map.of("estimate", 0.9, "ci95", List.of(0.1, 1.7),
                "p_value", 0.03)), "randomisation_p", 0.0123);
        return new Verdict(true, "the plan's grid actions together: expected NPS +0.90 [+0.10, +1.70]",
            Map.ofEntries(Map.entry("design", "matched controls"), Map.entry("verified", true),
                Map.entry("treated_units", implemented.size()), Map.entry("control_units", 2),
                Map.entry("treated_grids", List.of("g")), Map.entry("control_grids", List.of("x", "y")),
                Map.entry("days_before", 4), Map.entry("days_after", 3), Map.entry("effects", effects),
                Map.entry("left_out", Map.of("A001", "a device campaign: measured on device cohorts, not grids")),
                Map.entry("holdout", holdout)));
      }
    };
    s = new TestServer(db, TestServer.fixtureWithDevices(db), verifier, ServerSettings.defaults().withPort(0));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")), "--window-size=1400,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (s != null) {
      s.close();
    }
  }

  @Test
  void theDashboardShowsTheApisNetworkNpsAndAMapOfHexagons() throws Exception {
    browser.get(s.base() + "/#token=" + s.viewer.token());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    assertTrue(!browser.getCurrentUrl().contains(s.viewer.token()), "the token leaves the address bar");

    String api = s.get("/api/v1/nps", s.viewer).body().get("network_nps").asText();
    assertEquals(api, browser.findElement(By.id("network-nps")).getText());
    assertTrue(browser.findElement(By.id("whoami")).getText().startsWith("vera (viewer)"));
    wait.until(d -> !d.findElements(By.cssSelector("#trend-chart canvas")).isEmpty());
    wait.until(d -> d.findElements(By.cssSelector("#hotspots-table tr")).size() > 1);
    wait.until(d -> d.findElements(By.cssSelector("#devices-table tr")).size() == 4);
    By firstDay = By.cssSelector("#devices-table tr:nth-child(2) td");
    assertEquals("-2.5", browser.findElements(firstDay).get(3).getText(), "first model, first day: expected NPS");
    assertEquals("10.0%", browser.findElements(firstDay).get(4).getText(), "its call-loss rate");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("device-select"))).selectByValue("Pomme 11");
    wait.until(d -> d.findElements(By.cssSelector("#devices-table tr")).size() == 2);
    assertEquals("6.0%", browser.findElements(firstDay).get(4).getText(), "the other model's call-loss rate");
    screenshot("dashboard-overview.png");

    browser.findElement(By.cssSelector("a[data-tab=map]")).click();
    int expected = s.get("/api/v1/grids", s.viewer).body().get("features").size();
    wait.until(d -> d.findElements(By.cssSelector("path.grid-hex")).size() == expected);
    assertTrue(browser.findElements(By.cssSelector("path.cell-marker")).size() > 100, "cells drawn");
    assertTrue(!browser.findElement(By.cssSelector("#metric-select option[value=revenue]")).isEnabled(),
        "the fixture's results predate revenue per grid: the map does not offer it");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("metric-select"))).selectByValue("complaints");
    wait.until(d -> d.findElements(By.cssSelector("path.grid-hex")).size() == expected
        && d.findElement(By.id("legend")).getText().startsWith(expected + " grids"));
    List<WebElement> hexes = browser.findElements(By.cssSelector("path.grid-hex"));
    new org.openqa.selenium.interactions.Actions(browser).moveToElement(hexes.get(hexes.size() / 2)).click().perform();
    wait.until(d -> d.findElement(By.id("grid-detail")).getText().startsWith("Grid 8"));
    assertTrue(browser.findElement(By.id("grid-poor")).getText().matches("poor sessions by service: web \\d+, video \\d+, "
        + "voice \\d+, gaming \\d+, other \\d+"), browser.findElement(By.id("grid-poor")).getText());
    screenshot("dashboard-map.png");

    browser.findElement(By.cssSelector("a[data-tab=subscribers]")).click();
    wait.until(d -> d.findElements(By.cssSelector("#subscribers-table tr")).size() > 1);
    String first = browser.findElement(By.cssSelector("#subscribers-table tr:nth-child(2) td")).getText();
    assertTrue(first.matches("p[0-9a-f]{16}"), "pseudonyms only, was " + first);
  }

  @Test
  void anOperatorProposesAndApprovesAnActionFromThePlanTab() throws Exception {
    browser.get(s.base() + "/#token=" + s.operator.token());
    browser.navigate().refresh();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    browser.findElement(By.cssSelector("a[data-tab=actions]")).click();
    wait.until(d -> d.findElements(By.cssSelector("#plan-table tr")).size() > 1);
    assertTrue(browser.findElement(By.id("plan-curve")).getText().contains("40: +1.71"),
        browser.findElement(By.id("plan-curve")).getText());
    // the first carrier of the plan (row 1 is the header, row 2 a device campaign)
    String first = browser.findElement(By.cssSelector("#plan-table tr:nth-child(3) td")).getText();
    browser.findElement(By.cssSelector("#plan-table tr:nth-child(3)")).click();   // propose it
    wait.until(d -> d.findElement(By.id("actions-table")).getText().contains(first));
    WebElement approve = wait.until(d -> d.findElements(By.xpath("//table[@id='actions-table']//tr[td[1]='" + first
        + "']//button[text()='approve']")).stream().findFirst().orElse(null));
    approve.click();
    wait.until(d -> d.findElement(By.id("actions-table")).getText().contains("approved"));
    assertTrue(browser.findElement(By.id("action-detail")).getText().contains(first + " is approved"));
    for (String verb : List.of("implement", "verify")) {
      wait.until(d -> d.findElements(By.xpath("//table[@id='actions-table']//tr[td[1]='" + first + "']//button[text()='"
          + verb + "']")).stream().findFirst().orElse(null)).click();
      wait.until(d -> d.findElement(By.id("action-detail")).getText().contains(verb.equals("verify") ? "verified"
          : "is implemented"));
    }
    String shown = browser.findElement(By.id("action-detail")).getText();
    assertTrue(shown.contains("expected NPS (points)") && shown.contains("[0.400, 2.000]")
        && shown.contains("1 treated grids against 3 matched control grids"), shown);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("plan-verify"))).click();
    wait.until(d -> d.findElement(By.id("action-detail")).getText().startsWith("the plan: verified"));
    String plan = browser.findElement(By.id("action-detail")).getText();
    assertTrue(plan.contains("1 implemented actions") && plan.contains("against matched controls (verified): "
        + "1 treated units (1 grids), 2 control units") && plan.contains("[0.400, 2.000]")
        && plan.contains("A001: a device campaign"), plan);
    assertTrue(plan.contains("against randomised holdout (verified): 5 treated units (1 grids), 2 control units")
        && plan.contains("randomisation test of expected NPS: p = 0.0123")
        && browser.findElement(By.id("plan-holdout-table")).getText().contains("[0.100, 1.700]"), plan);
    String history = s.get("/api/v1/actions/" + first, s.viewer).body().get("history").toString();
    assertTrue(history.contains("proposed -> approved by otto"), history);
    screenshot("dashboard-actions.png");
  }

  @Test
  void withoutATokenTheDashboardAsksForOne() {
    browser.manage().deleteAllCookies();
    browser.get(s.base() + "/");
    browser.executeScript("sessionStorage.clear()");
    browser.navigate().refresh();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
        By.id("token-form")));
  }

  private static void screenshot(String name) throws Exception {
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.write(target.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
