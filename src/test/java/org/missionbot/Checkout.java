package org.missionbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.missionbot.corpus.Corpus;
import org.missionbot.index.PassageIndex;

/**
 * The articles, synonyms and eval questions of this checkout (Maven runs tests from its root), and an
 * index of them opened in a folder the test owns: tests never write into the checkout.
 */
public final class Checkout {

  public static final Path ARTICLES = Path.of("index", "articles");
  public static final Path CONFIG = Path.of("config");
  public static final Path SYNONYMS = CONFIG.resolve("synonyms.txt");
  public static final Path GOLDEN_QUESTIONS = Path.of("src", "test", "resources", "eval", "golden-questions.jsonl");
  public static final Path DEV_QUESTIONS = Path.of("src", "test", "resources", "eval", "dev-questions.jsonl");

  /** The index {@link #sharedIndex} opened, once per test run. */
  private static PassageIndex shared;

  private Checkout() {}

  public static Corpus corpus() throws IOException {
    return Corpus.load(ARTICLES);
  }

  public static String synonyms() throws IOException {
    return Files.readString(SYNONYMS, StandardCharsets.UTF_8);
  }

  /** Opens (building it there) the index of the checkout's articles under {@code folder}. */
  public static PassageIndex openIndex(Path folder) throws IOException {
    return PassageIndex.open(folder, corpus(), synonyms());
  }

  /**
   * One index of the checkout's articles for every test of the run that only reads it, built in a
   * folder of its own on first use, closed and deleted when the JVM exits. Unchecked, so that a test
   * fixture's static field can hold it: a test fails on the exception either way.
   */
  public static synchronized PassageIndex sharedIndex() {
    if (shared == null) {
      try {
        Path folder = Files.createTempDirectory("mission-bot-shared-index");
        PassageIndex index = openIndex(folder);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeAndDelete(index, folder)));
        shared = index;
      } catch (IOException e) {
        throw new UncheckedIOException("could not build the shared test index", e);
      }
    }
    return shared;
  }

  private static void closeAndDelete(PassageIndex index, Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      index.close();
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      System.err.println("could not delete the shared test index at " + folder + ": " + e);
    }
  }

  /** Copies the articles and config into {@code home}, which then works as a {@code --home}. */
  public static void copyHome(Path home) throws IOException {
    copyFolder(ARTICLES, home.resolve("index").resolve("articles"));
    copyFolder(CONFIG, home.resolve("config"));
  }

  public static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()));
      }
    }
  }

  /** The "question" of every line of an eval file. */
  public static List<String> questionsOf(Path evalFile) throws IOException {
    List<String> questions = new ArrayList<>();
    for (String line : Files.readAllLines(evalFile, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        questions.add(com.google.gson.JsonParser.parseString(line).getAsJsonObject().get("question").getAsString());
      }
    }
    return questions;
  }
}
