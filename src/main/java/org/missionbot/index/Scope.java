package org.missionbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Passage;

/**
 * What the bot is about, in one paragraph ({@code scope.txt}) and the names only its articles name
 * ({@code scope-names.txt}), and how close each article is to it: the cosine of its headline and the
 * scope, and its share of sentences naming the topic. As the articles grow to nearby topics (other missions,
 * other pledges), a passage of an article on the bot's own topic is the likelier answer.
 */
public final class Scope {

  private static final String TEXT = read("scope.txt");
  /** Any of the names that articles on the bot's topic name ({@code scope-names.txt}), as whole words. */
  private static final Pattern NAMES = names(read("scope-names.txt"));

  private Scope() {}

  /** The scope paragraph. */
  static String text() {
    return TEXT;
  }

  /** Each passage's article's closeness to the scope, in the passages' order. */
  static List<Float> topicality(Embedder embedder, VectorCache cache, List<Passage> passages) throws IOException {
    float[] scope = embedder.query(TEXT);
    List<Article> articles = passages.stream().map(Passage::article).distinct().toList();
    List<float[]> titles = cache.vectors(articles.stream().map(Article::title).toList());
    Map<Article, Float> byArticle = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      byArticle.put(articles.get(i), Embedder.dot(scope, titles.get(i)));
    }
    List<Float> out = new ArrayList<>(passages.size());
    passages.forEach(p -> out.add(byArticle.get(p.article())));
    return out;
  }

  /**
   * Each passage's article's share of passages that name the bot's topic (the place of the mission,
   * its names), in the passages' order: most of an article on the topic, a sentence or none of one on
   * a nearby topic that shares its words. Read once, when the index is built.
   */
  static List<Float> shares(List<Passage> passages) {
    Map<Article, int[]> counts = new HashMap<>();
    for (Passage p : passages) {
      int[] c = counts.computeIfAbsent(p.article(), a -> new int[2]);
      c[0] += namesTopic(p) ? 1 : 0;
      c[1]++;
    }
    List<Float> out = new ArrayList<>(passages.size());
    passages.forEach(p -> out.add((float) counts.get(p.article())[0] / counts.get(p.article())[1]));
    return out;
  }

  /** Whether a phrase is, or holds, one of the names of the bot's topic ("Haiti", "the MSS"). */
  public static boolean namesTopic(String phrase) {
    return NAMES.matcher(Analysis.fold(phrase)).find();
  }

  /** Whether the passage names the bot's topic. */
  static boolean namesTopic(Passage passage) {
    return namesTopic(passage.text());
  }

  private static Pattern names(String lines) {
    List<String> names = lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> Pattern.quote(Analysis.fold(l))).toList();
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", names) + ")(?![\\p{L}\\p{N}])");
  }

  private static String read(String resource) {
    try (InputStream in = Scope.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
