package com.scfengine.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** What the person saw at each step, numbered in the order taken: {@code target/browser/NN-name.png}. */
final class Screenshots {

  private final WebDriver driver;
  private final Path folder;
  private int taken;

  Screenshots(WebDriver driver, Path folder) {
    this.driver = driver;
    this.folder = folder;
  }

  /** Saves the browser window as {@code NN-name.png}; answers the file. */
  Path take(String name) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(String.format("%02d-%s.png", ++taken, name));
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
