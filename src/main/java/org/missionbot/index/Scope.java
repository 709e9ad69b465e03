package org.missionbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Passage;

/**
 * What the bot is about, in one paragraph ({@code scope.txt}), and how close each article is to it:
 * the cosine of its headline and the scope. As the articles grow to nearby topics (other missions,
 * other pledges), a passage of an article on the bot's own topic is the likelier answer.
 */
final class Scope {

  private static final String TEXT = read();

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

  private static String read() {
    try (InputStream in = Scope.class.getResourceAsStream("scope.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource scope.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
