package org.missionbot.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A larger corpus made from real articles, for measuring the bot at scale. Each generated article is
 * a real one whose sentences are shuffled and mixed with sentences of the other articles, under its
 * own id, a variant headline and a date spread over ten years; every sentence stays verbatim, so the
 * bot quotes real text. The same articles and seed give the same files.
 */
public final class GeneratedCorpus {

  /** The share of a generated article's sentences taken from other real articles. */
  private static final double MIXED_IN = 0.3;
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 3652;

  private final List<Article> real;
  private final List<List<String>> sentences;
  private final Random random;

  private GeneratedCorpus(List<Article> real, long seed) {
    this.real = real;
    this.sentences = real.stream().map(a -> Passages.of(a).stream().map(Passage::text).toList()).toList();
    this.random = new Random(seed);
  }

  /**
   * The article files of {@code n} generated articles, by file name in order of generation.
   *
   * @throws IllegalArgumentException when {@code n} is negative or there are no real articles to draw on
   */
  public static Map<String, String> files(List<Article> real, int n, long seed) {
    if (n < 0 || real.isEmpty()) {
      throw new IllegalArgumentException("need n >= 0 and real articles, got n = " + n + " and " + real.size());
    }
    GeneratedCorpus corpus = new GeneratedCorpus(real, seed);
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 1; i <= n; i++) {
      corpus.add(files, i);
    }
    return files;
  }

  /** Writes the files of {@link #files} into {@code folder}; returns how many. */
  public static int write(List<Article> real, int n, long seed, Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, String> files = files(real, n, seed);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    return files.size();
  }

  private void add(Map<String, String> files, int number) {
    int base = random.nextInt(real.size());
    Article article = real.get(base);
    LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String id = String.format(java.util.Locale.ROOT, "%s-variant-%05d", published, number);
    String front = "---\ntitle: " + article.title() + " (variant " + number + ")\n"
        + (article.outlet() == null ? "" : "outlet: " + article.outlet() + "\n")
        + "published: " + published + "\ndate-precision: exact\n---\n\n";
    files.put(id + Corpus.EXTENSION, front + body(base));
  }

  /**
   * The base article's sentences, some swapped for other articles' ones, shuffled, one paragraph each:
   * sentences joined into one paragraph could split differently (a quote opened in one and closed in another).
   */
  private String body(int base) {
    List<String> chosen = new ArrayList<>(sentences.get(base));
    for (int i = 0; i < chosen.size(); i++) {
      if (random.nextDouble() < MIXED_IN) {
        List<String> other = sentences.get(random.nextInt(sentences.size()));
        chosen.set(i, other.get(random.nextInt(other.size())));
      }
    }
    Collections.shuffle(chosen, random);
    return String.join("\n\n", chosen) + "\n";
  }
}
