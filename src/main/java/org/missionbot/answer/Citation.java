package org.missionbot.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.missionbot.search.Language;
import org.missionbot.corpus.Article;

/**
 * Where a quote comes from: the article's headline, outlet and date.
 *
 * @param articleId the article's id
 * @param title the headline
 * @param outlet the publisher, or null when unknown
 * @param published the publication date, or null when unknown
 * @param approximate whether the date was inferred rather than stated
 * @param url the article's address, or null when unknown
 */
public record Citation(String articleId, String title, String outlet, LocalDate published,
                       boolean approximate, String url) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** The citation of an article. */
  public static Citation of(Article article) {
    return new Citation(article.id(), article.title(), article.outlet(), article.published(),
        article.approximateDate(), article.url());
  }

  /** The date as people read it ("25 Jun 2024", "c. 28 Oct 2022"), or "" when unknown. */
  public String date() {
    if (published == null) {
      return "";
    }
    return (approximate ? "c. " : "") + DAY.format(published);
  }

  /**
   * The date as people of that language read it ("25 juin 2024", "vers le 28 octobre 2022", "25 jen
   * 2024"), or "" when unknown; English when the language is null.
   */
  public String date(Language language) {
    if (published == null) {
      return "";
    }
    if (language == null || language == Language.ENGLISH) {
      return date();
    }
    String day = Messages.date(language, published);
    return approximate ? Messages.get(language, "approximately", day) : day;
  }

  /** "Headline — Outlet, 25 Jun 2024", leaving out what is unknown. */
  public String label() {
    return label(Language.ENGLISH);
  }

  /** {@link #label()} with the date in that language ("Headline — Outlet, 25 juin 2024"). */
  public String label(Language language) {
    String details = details(language);
    return details.isEmpty() ? title : title + " \u2014 " + details;
  }

  /** What follows the headline in a label: "Outlet, 25 juin 2024", leaving out what is unknown; "" when nothing is. */
  public String details(Language language) {
    return String.join(", ", java.util.stream.Stream.of(outlet, date(language))
        .filter(s -> s != null && !s.isEmpty()).toList());
  }

  /** The article's address when it is a web address (http or https) one can open, else null. */
  public String link() {
    return url != null && url.matches("(?i)https?://\\S+") ? url : null;
  }
}
