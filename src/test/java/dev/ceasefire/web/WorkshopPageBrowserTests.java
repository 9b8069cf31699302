package dev.ceasefire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workshop page in Debian's headless Chromium, driven by Selenium against the real server: load a scenario,
 * change a fact and see the flip, undo it, export YAML and load it back, compare two scenarios, open the
 * handout, and reproduce a view from its link. Screenshots of the main views go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = CeasefireServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopPageBrowserTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String RENOUNCE = "RU-2024-06-14/officially-renounce-nato";

  @LocalServerPort
  int port;

  private WebDriver driver;
  private WebDriverWait wait;
  private Path userData;

  @BeforeAll
  void startBrowser() throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      // On a developer machine without Debian's chromium the browser tests are skipped; CI installs it and
      // never skips them.
      Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
    }
    userData = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1500,1000", "--user-data-dir=" + userData);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // the page re-renders the results after every evaluation: an element found a moment ago may be gone
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void openStatusQuo() {
    open("#scenario=status-quo-2024-06-14");
  }

  private void open(String hash) {
    driver.get("about:blank");
    driver.get("http://127.0.0.1:" + port + "/" + hash);
    wait.until(d -> condition(RENOUNCE).isPresent());
  }

  private java.util.Optional<WebElement> condition(String id) {
    List<WebElement> found = driver.findElements(By.cssSelector("li[data-condition='" + id + "']"));
    return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.get(0));
  }

  private String attribute(String id, String name) {
    return condition(id).map(e -> e.getDomAttribute(name)).orElse(null);
  }

  private void openGroup(String name) {
    WebElement group = driver.findElement(By.cssSelector("details[data-group='" + name + "']"));
    if (group.getDomAttribute("open") == null) {
      group.findElement(By.tagName("summary")).click();
    }
  }

  private void choose(String path, String value) {
    WebElement select = driver.findElement(By.cssSelector("select[data-path='" + path + "']"));
    new Select(select).selectByValue(value);
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target/screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void loadsTheStatusQuoWithEveryPositionSideBySide() throws Exception {
    assertThat(driver.findElements(By.cssSelector("article.position"))).hasSizeGreaterThanOrEqualTo(3);
    assertThat(attribute(RENOUNCE, "data-status")).isEqualTo("NOT_MET");
    WebElement chip = condition(RENOUNCE).orElseThrow().findElement(By.cssSelector(".chip"));
    assertThat(chip.getText()).contains("NOT MET");
    condition(RENOUNCE).orElseThrow().findElement(By.tagName("summary")).click();
    WebElement detail = condition(RENOUNCE).orElseThrow().findElement(By.cssSelector(".detail"));
    wait.until(d -> !detail.getText().isBlank());
    assertThat(detail.getText()).contains("officially announce", "Vladimir Putin", "2024-06-14");
    screenshot("workshop-status-quo");
  }

  @Test
  void freezingTheNatoBidFlipsTheLenientReadingAndUndoRestoresIt() throws Exception {
    openGroup("nato");
    choose("nato.bid", "FROZEN");
    wait.until(d -> "PARTIAL".equals(attribute(RENOUNCE, "data-lenient-status")));
    assertThat(attribute(RENOUNCE, "data-status")).isEqualTo("NOT_MET");
    assertThat(condition(RENOUNCE).orElseThrow().getDomAttribute("class")).contains("flipped");
    assertThat(condition(RENOUNCE).orElseThrow().getText()).contains("lenient NOT MET → PARTIAL");
    assertThat(driver.findElements(By.cssSelector("#flips li[data-flip='" + RENOUNCE + "']"))).hasSize(1);
    assertThat(driver.findElement(By.cssSelector("#changes li[data-change='nato.bid']")).getText())
        .contains("ACTIVE → FROZEN");
    assertThat(driver.getCurrentUrl()).contains("changes=");
    screenshot("workshop-what-if");

    driver.findElement(By.cssSelector("#changes li[data-change='nato.bid'] button.undo")).click();
    wait.until(d -> "NOT_MET".equals(attribute(RENOUNCE, "data-lenient-status")));
    assertThat(driver.findElements(By.cssSelector("#changes li"))).isEmpty();
    assertThat(condition(RENOUNCE).orElseThrow().getDomAttribute("class")).doesNotContain("flipped");
  }

  @Test
  void aLinkReproducesTheView() {
    openGroup("nato");
    choose("nato.bid", "FROZEN");
    wait.until(d -> "PARTIAL".equals(attribute(RENOUNCE, "data-lenient-status")));
    String link = driver.getCurrentUrl();
    driver.get("about:blank");
    driver.get(link);
    wait.until(d -> "PARTIAL".equals(attribute(RENOUNCE, "data-lenient-status")));
    assertThat(driver.findElements(By.cssSelector("#changes li[data-change='nato.bid']"))).hasSize(1);
  }

  @Test
  void exportedYamlLoadsBackAsAScenario() throws Exception {
    openGroup("nato");
    choose("nato.bid", "FROZEN");
    wait.until(d -> "PARTIAL".equals(attribute(RENOUNCE, "data-lenient-status")));
    driver.findElement(By.id("export-yaml")).click();
    String yaml = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-text"))).getText();
    assertThat(yaml).contains("id: status-quo-2024-06-14-what-if", "bid: FROZEN");
    driver.findElement(By.id("export-close")).click();
    Path file = Files.createTempFile("exported", ".yaml");
    Files.writeString(file, yaml + "\n");

    open("#scenario=status-quo-2024-06-14");
    driver.findElement(By.id("load-file")).sendKeys(file.toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-line"), "Loaded"));
    wait.until(d -> "PARTIAL".equals(attribute(RENOUNCE, "data-lenient-status")));
    assertThat(new Select(driver.findElement(By.id("scenario-picker"))).getFirstSelectedOption().getText())
        .contains("(what if)");
    assertThat(driver.findElements(By.cssSelector("#changes li"))).isEmpty();
  }

  @Test
  void comparesTwoScenariosSideBySide() throws Exception {
    new Select(driver.findElement(By.id("compare-picker"))).selectByValue("nato-bid-frozen");
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comparison table")));
    assertThat(table.findElements(By.cssSelector("tr.differs"))).isNotEmpty();
    assertThat(table.findElement(By.cssSelector("tr[data-condition='" + RENOUNCE + "']")).getDomAttribute("class"))
        .contains("differs");
    assertThat(driver.findElement(By.cssSelector("#comparison h3")).getText()).contains("Compared");
    screenshot("workshop-compare");
  }

  @Test
  void opensAPrintableHandoutWithSources() throws Exception {
    driver.findElement(By.id("open-handout")).click();
    WebElement handout = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("handout")));
    assertThat(handout.findElement(By.tagName("h1")).getText()).isEqualTo("Status quo on 14 June 2024");
    assertThat(handout.getText()).contains("RU-2024-06-14", "withdraw-four-regions", "Vladimir Putin",
        "they predict nothing");
    Object printRules = ((JavascriptExecutor) driver).executeScript(
        "return [...document.styleSheets].flatMap(s => [...s.cssRules]).some(r => r.media && r.media.mediaText === 'print')");
    assertThat(printRules).isEqualTo(true);
    screenshot("workshop-handout");
    driver.findElement(By.id("close-handout")).click();
  }

  @Test
  void projectorModeIsLargeAndHighContrastAndReachableByKeyboard() throws Exception {
    WebElement toggle = driver.findElement(By.id("projector"));
    toggle.sendKeys(" ");
    wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("class").contains("projector"));
    assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(driver.getCurrentUrl()).contains("projector=1");
    screenshot("workshop-projector");
  }

  @Test
  void whatWouldItTakeListsPathwaysAndAppliesOne() {
    WebElement item = condition(RENOUNCE).orElseThrow();
    item.findElement(By.tagName("summary")).click();
    wait.until(d -> !condition(RENOUNCE).orElseThrow().findElements(By.cssSelector("button.what-would-it-take")).isEmpty());
    condition(RENOUNCE).orElseThrow().findElement(By.cssSelector("button.what-would-it-take")).click();
    wait.until(d -> !d.findElements(By.cssSelector("li[data-pathway] button")).isEmpty());
    assertThat(driver.findElement(By.cssSelector("li[data-pathway]")).getText()).contains("nato.");
    driver.findElement(By.cssSelector("li[data-pathway] button")).click();
    wait.until(d -> "MET".equals(attribute(RENOUNCE, "data-status")));
    assertThat(driver.findElements(By.cssSelector("#changes li"))).isNotEmpty();
  }

  @Test
  void timelineShowsTheStatementsOverTime() throws Exception {
    driver.findElement(By.id("open-timeline")).click();
    WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline-frame")));
    wait.until(d -> {
      String doc = frame.getDomAttribute("srcdoc");
      return doc != null && doc.contains("2026-01-23");
    });
    screenshot("workshop-timeline");
    driver.findElement(By.cssSelector("dialog .panel-close")).click();
  }
}
