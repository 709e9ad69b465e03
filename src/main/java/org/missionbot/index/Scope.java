package org.missionbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    List<String> titles = passages.stream().map(p -> p.article().title()).toList();
    List<float[]> vectors = cache.vectors(titles);
    List<Float> out = new ArrayList<>(passages.size());
    for (float[] title : vectors) {
      out.add(Embedder.dot(scope, title));
    }
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
