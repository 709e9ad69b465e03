package org.missionbot.corpus.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.corpus.Article;

/**
 * Finds an article that a new text copies or nearly copies, by the word 5-grams (shingles) they share.
 * Two texts are near-copies when most of the shorter one's shingles are in the other: this catches a
 * reprint with a changed headline or a few edited words, an excerpt, and an article with a paragraph added.
 */
public final class NearCopies {

  /** The share of the shorter text's shingles found in the other above which it is a near-copy. */
  public static final double THRESHOLD = 0.6;
  private static final int SHINGLE = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private NearCopies() {}

  /**
   * An article that {@code text} nearly copies, with the share of shingles in common.
   *
   * @param article the article already there
   * @param overlap shingles in common over the shingles of the shorter text, 0 to 1
   */
  public record Match(Article article, double overlap) {}

  /** The existing article {@code text} most resembles, when that resemblance makes it a near-copy. */
  public static Optional<Match> of(String text, List<Article> articles) {
    Set<String> shingles = shingles(text);
    Match best = null;
    for (Article article : articles) {
      double overlap = overlap(shingles, shingles(article.body()));
      if (overlap >= THRESHOLD && (best == null || overlap > best.overlap())) {
        best = new Match(article, overlap);
      }
    }
    return Optional.ofNullable(best);
  }

  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    return smaller.stream().filter(larger::contains).count() / (double) smaller.size();
  }

  /** The text's word n-grams, lower-cased, ignoring punctuation; a text shorter than n words is one shingle. */
  static Set<String> shingles(String text) {
    List<String> words = words(text);
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + SHINGLE)));
    }
    if (shingles.isEmpty() && !words.isEmpty()) {
      shingles.add(String.join(" ", words));
    }
    return shingles;
  }

  private static List<String> words(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    List<String> words = new java.util.ArrayList<>();
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
