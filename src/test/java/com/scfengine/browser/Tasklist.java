package com.scfengine.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a person uses it: sign in, pick a filter, open a task, claim it, read and fill its Camunda
 * form (form-js) by the fields' labels, complete it, read the notification; start a process from "Start process".
 * Every step waits for what the person would wait for (explicit waits, no sleeps).
 */
final class Tasklist {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final String baseUrl;
  private final WebDriverWait wait;

  Tasklist(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.wait = new WebDriverWait(driver, WAIT);
  }

  WebDriverWait waiting() {
    return wait;
  }

  /** Signs out whoever is signed in and signs {@code user} in (demo password = user name) at {@code app}. */
  static void signIn(WebDriver driver, WebDriverWait wait, String url, String user) {
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
    driver.get(url);
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[placeholder=Username]")));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(user);
    driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
  }

  void signIn(String user) {
    signIn(driver, wait, baseUrl + "/camunda/app/tasklist/default/", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
  }

  /** The names of the filters in the left column, as shown. */
  List<String> filters() {
    return wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
        By.cssSelector(".task-filters .task-filter h4.name a"))).stream()
        .map(a -> a.getText().replaceAll("\\s*\\d+$", "").trim()).toList();
  }

  void pickFilter(String name) {
    By filter = By.xpath("//div[contains(@class,'task-filter')][.//h4/a[starts-with(normalize-space(.), "
        + literal(name) + ")]]");
    wait.until(ExpectedConditions.elementToBeClickable(filter)).click();
    wait.until(ExpectedConditions.attributeContains(filter, "class", "active"));
  }

  /** The task card in the list whose title starts with {@code title}, once it is shown. */
  WebElement card(String title) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[.//h4[contains(@class,'task')]/a[starts-with(normalize-space(.), "
            + literal(title) + ")]]")));
  }

  /** Waits until no card of the current filter has a title starting with {@code title}. */
  void awaitNoCard(String title) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[.//h4[contains(@class,'task')]/a[starts-with(normalize-space(.), "
            + literal(title) + ")]]")));
  }

  /** Opens the task from its card; answers the title shown above the form. */
  String openTask(String title) {
    card(title).findElement(By.cssSelector("h4.task a")).click();
    return awaitTaskTitle(title);
  }

  /** Opens a task by its address, as a link in an e-mail would; answers its title. */
  String openTaskById(String taskId, String title) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    return awaitTaskTitle(title);
  }

  private String awaitTaskTitle(String title) {
    By heading = By.cssSelector(".task-card h2.task");
    wait.until(ExpectedConditions.textMatches(heading, java.util.regex.Pattern.compile(
        "^\\s*" + java.util.regex.Pattern.quote(title))));
    // the form is there when its first label is
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card .fjs-form .fjs-form-field")));
    return driver.findElement(heading).getText().trim();
  }

  void claim() {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card button.claim"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card button.claim")));
    wait.until(ExpectedConditions.elementToBeClickable(completeButton()));
  }

  /** The value a form field shows, found by its label. */
  String value(String label) {
    WebElement field = field(label);
    wait.until(driver -> !String.valueOf(field.getDomProperty("value")).isEmpty());
    return field.getDomProperty("value");
  }

  /** The value of a field of the form already shown, or empty when the form shows no field so labelled. */
  java.util.Optional<String> shownValue(String label) {
    return driver.findElements(By.xpath("//label[contains(@class,'fjs-form-field-label')][@for]"
            + "[normalize-space(text()[1])=" + literal(label) + " or normalize-space(.)=" + literal(label) + "]"))
        .stream().filter(WebElement::isDisplayed).findFirst()
        .map(found -> driver.findElement(By.id(found.getDomAttribute("for"))).getDomProperty("value"));
  }

  /** Types into a field as a person does: whatever was there is selected and typed over. */
  void type(String label, String text) {
    WebElement field = field(label);
    click(field);
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    field.sendKeys(text);
  }

  /** Picks {@code option} in a select field: opens its list and clicks the entry. */
  void select(String label, String option) {
    String id = label(label).getDomAttribute("for");
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id + "-display"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(option) + "]"))).click();
    wait.until(ExpectedConditions.textToBe(By.id(id + "-display"), option));
  }

  /**
   * Ticks a checkbox, found by its label. A click that lands while the form re-renders after the previous field's
   * validation is lost, so the wait clicks again until the box shows ticked.
   */
  void tick(String label) {
    setTicked(label, true);
  }

  /** Clears a checkbox, found by its label (the same retry as {@link #tick}). */
  void untick(String label) {
    setTicked(label, false);
  }

  private void setTicked(String label, boolean ticked) {
    wait.until(driver -> {
      WebElement box = field(label);
      if (box.isSelected() != ticked) {
        click(box);
      }
      return box.isSelected() == ticked;
    });
  }

  /** Chooses {@code option} of a radio group whose label is {@code label}. */
  void choose(String label, String option) {
    WebElement radio = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')][label[normalize-space(text()[1])=" + literal(label) + "]]"
            + "//label[normalize-space(.)=" + literal(option) + "]/input")));
    click(radio);
    wait.until(ExpectedConditions.elementSelectionStateToBe(radio, true));
  }

  /** The validation message shown under a field, once shown. */
  String errorOf(String label) {
    String id = label(label).getDomAttribute("for");
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "-error-message"))).getText().trim();
  }

  /** Waits until the field shows no validation message. */
  void awaitNoErrorOf(String label) {
    String id = label(label).getDomAttribute("for");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "-error-message")));
  }

  void complete() {
    click(wait.until(ExpectedConditions.elementToBeClickable(completeButton())));
  }

  /**
   * Completes the open task and waits until Tasklist no longer shows it (it closes a completed task's form);
   * fails with Tasklist's message if it refuses the completion.
   */
  void completeAndAwaitClosed(String title) {
    complete();
    By heading = By.xpath("//section[contains(@class,'task-card')]//h2[contains(@class,'task')]"
        + "[starts-with(normalize-space(.), " + literal(title) + ")]");
    new WebDriverWait(driver, WAIT).withMessage(() -> "'" + title + "' to close after completion; notifications: "
        + notificationsShown()).until(ExpectedConditions.invisibilityOfElementLocated(heading));
  }

  /** Clicks an element after scrolling it to the middle of the window (the page's footer covers the bottom). */
  void click(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static By completeButton() {
    return By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']");
  }

  /** Opens "Start process", picks the process by its name; answers the names that were offered. */
  List<String> openStartForm(String processName) {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[normalize-space(.)='Start process']"))).click();
    List<String> offered = wait.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
        By.cssSelector(".modal ul.processes li a"))).stream().map(a -> a.getText().trim()).toList();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space(.)="
            + literal(processName) + "]"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".modal .modal-title"),
        "Start process: " + processName));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form .fjs-form-field")));
    return offered;
  }

  void start() {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"))).click();
  }

  void closeStartForm() {
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Close']"))).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }

  /** The first notification Tasklist shows whose text passes {@code wanted}; fails after the wait with the others. */
  String awaitNotification(Predicate<String> wanted) {
    return new WebDriverWait(driver, WAIT).withMessage(() -> "a notification as expected; shown: "
        + notificationsShown()).until(driver ->
        notificationsShown().stream().filter(wanted).findFirst().orElse(null));
  }

  List<String> notificationsShown() {
    return driver.findElements(By.cssSelector(".notifications .alert")).stream().filter(WebElement::isDisplayed)
        .map(alert -> alert.getText().replaceAll("\\s+", " ").replaceFirst("^×", "").trim()).toList();
  }

  /** The label of a form field, by its text (without the required asterisk). */
  private WebElement label(String label) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
        "//label[contains(@class,'fjs-form-field-label')][@for][normalize-space(text()[1])=" + literal(label)
            + " or normalize-space(.)=" + literal(label) + "]")));
  }

  private WebElement field(String label) {
    return driver.findElement(By.id(label(label).getDomAttribute("for")));
  }

  /** An XPath string literal for any text (quotes included). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
