package org.missionbot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.missionbot.config.Home;
import org.missionbot.corpus.Corpus;
import org.missionbot.corpus.GeneratedCorpus;

/**
 * A temporary home holding a generated corpus made from another home's articles, with that home's
 * configuration; {@link #close()} deletes it.
 *
 * @param home the temporary home
 */
record GeneratedHome(Home home) implements AutoCloseable {

  /** Fixed, so that every run of the benchmark measures the same articles. */
  static final long SEED = 20240625L;

  /** Writes {@code n} articles made from the articles of {@code from} into a new temporary folder. */
  static GeneratedHome of(Home from, int n) throws IOException {
    Corpus real = Corpus.load(from.articles());
    if (real.articles().isEmpty()) {
      throw new IOException("no articles to generate from in " + from.articles());
    }
    Home home = new Home(Files.createTempDirectory("mission-bot-bench-"));
    GeneratedHome generated = new GeneratedHome(home);
    try {
      GeneratedCorpus.write(real.articles(), n, SEED, home.articles());
      copyConfig(from, home);
    } catch (IOException | RuntimeException e) {
      generated.close();
      throw e;
    }
    return generated;
  }

  /** A copy of {@code from}'s articles and configuration with the article files of {@code extra} added. */
  static GeneratedHome withArticles(Home from, Path extra) throws IOException {
    Home home = new Home(Files.createTempDirectory("mission-bot-train-"));
    GeneratedHome generated = new GeneratedHome(home);
    try {
      Files.createDirectories(home.articles());
      for (Path folder : List.of(from.articles(), extra)) {
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("README.md"))
              .toList()) {
            Files.copy(file, home.articles().resolve(file.getFileName().toString()));
          }
        }
      }
      copyConfig(from, home);
    } catch (IOException | RuntimeException e) {
      generated.close();
      throw e;
    }
    return generated;
  }

  private static void copyConfig(Home from, Home to) throws IOException {
    Path config = from.synonymsFile().getParent();
    if (!Files.isDirectory(config)) {
      return;
    }
    Files.createDirectories(to.synonymsFile().getParent());
    try (Stream<Path> files = Files.list(config)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.synonymsFile().getParent().resolve(file.getFileName().toString()));
      }
    }
  }

  @Override
  public void close() throws IOException {
    try (Stream<Path> walk = Files.walk(home.root())) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
