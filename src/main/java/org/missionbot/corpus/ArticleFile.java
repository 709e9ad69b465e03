package org.missionbot.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The article file format: a front-matter block of {@code key: value} lines between two {@code ---}
 * lines, then the article text. Keys: {@code title} (required), {@code outlet}, {@code published}
 * (YYYY-MM-DD), {@code date-precision} ({@code exact} or {@code approximate}), {@code url}; others
 * are kept for people and ignored here.
 */
public final class ArticleFile {

  private static final String FENCE = "---";

  private ArticleFile() {}

  /** Parses the text of an article file; the id is the file name without extension. */
  public static Article parse(String id, String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalized.startsWith("\uFEFF")) {
      normalized = normalized.substring(1);
    }
    if (!normalized.startsWith(FENCE + "\n")) {
      throw new IllegalArgumentException(id + ": no front matter (the file must start with a '---' line)");
    }
    int close = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
    if (close < 0) {
      throw new IllegalArgumentException(id + ": the front matter is not closed by a '---' line");
    }
    Map<String, String> fields = fields(id, normalized.substring(Math.min(FENCE.length() + 1, close), close));
    String body = normalized.substring(close + FENCE.length() + 2).strip();
    if (body.isEmpty()) {
      throw new IllegalArgumentException(id + ": the article has no text");
    }
    return new Article(id, fields.get("title"), fields.get("outlet"), date(id, fields.get("published")),
        "approximate".equalsIgnoreCase(fields.get("date-precision")), fields.get("url"), body);
  }

  /**
   * The text of the file that {@link #parse} reads back as this article: front matter, a blank line,
   * then the body exactly as it is. Metadata values are kept to one line each.
   */
  public static String format(Article article) {
    StringBuilder text = new StringBuilder(FENCE).append('\n');
    field(text, "title", article.title());
    field(text, "outlet", article.outlet());
    field(text, "published", article.published() == null ? null : article.published().toString());
    field(text, "date-precision", article.published() == null ? null : article.approximateDate() ? "approximate" : "exact");
    field(text, "url", article.url());
    return text.append(FENCE).append("\n\n").append(article.body().strip()).append('\n').toString();
  }

  private static void field(StringBuilder text, String key, String value) {
    text.append(key).append(':');
    if (value != null && !value.isBlank()) {
      text.append(' ').append(value.replaceAll("\\s+", " ").strip());
    }
    text.append('\n');
  }

  private static Map<String, String> fields(String id, String block) {
    Map<String, String> fields = new HashMap<>();
    for (String line : block.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(id + ": front matter line is not 'key: value': " + line);
      }
      String value = line.substring(colon + 1).strip();
      fields.put(line.substring(0, colon).strip().toLowerCase(), value.isEmpty() ? null : value);
    }
    return fields;
  }

  private static LocalDate date(String id, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(id + ": published is not a YYYY-MM-DD date: " + value, e);
    }
  }
}
