package com.scfengine.browser;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The operating system's Chromium, headless, driven through its own chromedriver (Debian: packages {@code chromium}
 * and {@code chromium-driver}; {@code -Dbrowser.chromium=} and {@code -Dbrowser.chromedriver=} point elsewhere).
 * Nothing is downloaded: when either is missing the tests fail and say what to install.
 */
final class Chromium {

  static final String INSTALL = "apt-get install -y chromium chromium-driver";

  private Chromium() {}

  static ChromeDriver start() {
    Path binary = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    Path driver = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
      fail("The browser tests need Chromium at " + binary + " and its driver at " + driver + " (missing: "
          + (Files.isExecutable(binary) ? "" : binary + " ") + (Files.isExecutable(driver) ? "" : driver)
          + "). Install them (Debian: " + INSTALL + ") or name them with -Dbrowser.chromium=... "
          + "-Dbrowser.chromedriver=...");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    options.addArguments("--headless=new", "--window-size=1400,1000", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
