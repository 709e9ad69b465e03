package org.missionbot.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article of the corpus: its text as written and the metadata its quotes are cited with.
 *
 * @param id stable identifier, the article file's name without extension
 * @param title the headline to cite
 * @param outlet the publisher, or null when unknown
 * @param published the publication date, or null when unknown
 * @param approximateDate whether {@code published} was inferred rather than stated
 * @param url where the article was published, or null when unknown
 * @param body the article text; Markdown headings ({@code ## }) mark section titles
 */
public record Article(String id, String title, String outlet, LocalDate published,
                      boolean approximateDate, String url, String body) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has no title");
    }
  }
}
