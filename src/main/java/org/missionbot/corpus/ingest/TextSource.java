package org.missionbot.corpus.ingest;

import org.missionbot.corpus.Article;
import org.missionbot.corpus.ArticleFile;

/**
 * Reads a text or Markdown source: with front matter it is an article file as in
 * {@code index/articles/}; without, its first line is the headline and the rest the text.
 */
public final class TextSource {

  private TextSource() {}

  /** The draft of the text; {@code name} names the source in messages. */
  public static Draft read(String name, String text) throws IngestException {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    return normalized.startsWith("---\n") ? withFrontMatter(name, normalized) : plain(normalized);
  }

  private static Draft withFrontMatter(String name, String text) throws IngestException {
    try {
      Article article = ArticleFile.parse(name, text);
      return new Draft(article.title(), article.outlet(), article.published(), article.approximateDate(), article.url(),
          article.body());
    } catch (IllegalArgumentException e) {
      throw new IngestException(e.getMessage(), e);
    }
  }

  private static Draft plain(String text) {
    String stripped = text.strip();
    int end = stripped.indexOf('\n');
    String first = end < 0 ? stripped : stripped.substring(0, end);
    String body = end < 0 ? "" : stripped.substring(end + 1).strip();
    return new Draft(first.replaceFirst("^#+\\s*", ""), null, null, null, body);
  }
}
