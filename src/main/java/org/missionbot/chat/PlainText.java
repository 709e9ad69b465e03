package org.missionbot.chat;

import java.util.List;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

/** Renders answers and the source list as plain text, for the console. */
public final class PlainText {

  private PlainText() {}

  /** The lead, then each quote in quotation marks followed by its numbered citation. */
  public static String answer(Answer answer) {
    StringBuilder out = new StringBuilder();
    if (!answer.lead().isEmpty()) {
      out.append(answer.lead()).append("\n");
    }
    List<Quote> quotes = answer.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i);
      out.append("\n[").append(i + 1).append("] \u201c").append(quote.text()).append("\u201d\n")
          .append("    \u2014 ").append(quote.citation().label(Language.ofCode(answer.language()))).append("\n");
      if (quote.citation().link() != null) {
        out.append("      ").append(quote.citation().link()).append("\n");
      }
    }
    return out.toString();
  }

  /** One line per article: date, headline, outlet. */
  public static String sources(List<Article> articles) {
    return sources(articles, Language.ENGLISH);
  }

  /** {@link #sources(List)} with the dates in a language, aligned to the longest. */
  public static String sources(List<Article> articles, Language language) {
    List<String> dates = articles.stream().map(a -> Citation.of(a).date(language))
        .map(d -> d.isEmpty() ? Texts.get(language, "undated") : d).toList();
    int width = dates.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      out.append(dates.get(i)).append(" ".repeat(width - dates.get(i).length() + 2)).append(article.title());
      out.append(article.outlet() == null ? "" : " \u2014 " + article.outlet());
      String link = Citation.of(article).link();
      out.append(link == null ? "" : "  " + link).append("\n");
    }
    return out.toString();
  }
}
