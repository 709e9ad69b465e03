package org.missionbot.corpus.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.missionbot.corpus.Article;

/**
 * An article read from a source but not yet in the corpus: it has no id until it is written.
 *
 * @param title the headline, or null when the source had none
 * @param outlet the publisher, or null when unknown
 * @param published the publication date, or null when unknown
 * @param approximateDate whether {@code published} was inferred rather than stated
 * @param url where the article was published, or null when unknown
 * @param body the article text, verbatim; {@code ## } lines are section headings
 */
public record Draft(String title, String outlet, LocalDate published, boolean approximateDate, String url,
                    String body) {

  public Draft {
    Objects.requireNonNull(body, "body");
    title = blankToNull(title);
    outlet = blankToNull(outlet);
    url = blankToNull(url);
  }

  /** A draft whose date, when known, is exact. */
  public Draft(String title, String outlet, LocalDate published, String url, String body) {
    this(title, outlet, published, false, url, body);
  }

  /** This draft with each non-null value of {@code given} in place of its own. */
  public Draft overriddenBy(String title, String outlet, LocalDate published, String url) {
    return new Draft(title != null ? title : this.title, outlet != null ? outlet : this.outlet,
        published != null ? published : this.published, published == null && approximateDate,
        url != null ? url : this.url, body);
  }

  /** The article this draft becomes under {@code id}. */
  public Article toArticle(String id) {
    return new Article(id, title, outlet, published, approximateDate && published != null, url, body);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.replaceAll("\\s+", " ").strip();
  }
}
