package org.missionbot.answer;

import java.util.List;
import org.missionbot.answer.Answer.Outcome;
import org.missionbot.search.Language;
import org.missionbot.search.PassageSearcher;

/**
 * What a vague request for news gets: the opening sentences of the newest articles, dated, newest
 * first; or, asked of a time that no sentence answers for ("what happened in March 2024?", "any news
 * from 2022"), of the articles published then.
 */
final class Overview {

  /** How many articles an overview quotes. */
  private static final int ARTICLES = 3;

  private final PassageSearcher searcher;

  Overview(PassageSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Whether a question is a vague request for news kept to a time: with the stretch of time it names
   * taken out, nothing but the words of such a request is left.
   */
  static boolean asksOf(String english) {
    String rest = TimeFrame.withoutStretch(english);
    return !rest.equals(english) && SmallTalk.shared().read(rest) == SmallTalk.Kind.OVERVIEW;
  }

  /**
   * The overview of the articles published in the time (of the newest, for an unbounded one), or
   * {@code otherwise} when none is.
   */
  Answer of(String asked, Language language, TimeFrame time, Answer otherwise) {
    List<Quote> quotes = searcher.openings(Integer.MAX_VALUE).stream()
        .filter(p -> !time.bounded() || time.within(p.article().published())).limit(ARTICLES)
        .map(p -> new Quote(p.text(), Citation.of(p.article()), List.of())).toList();
    return quotes.isEmpty() ? otherwise : new Answer(asked, Outcome.OVERVIEW,
        Messages.get(language, time.bounded() ? "overview_then" : "overview"), quotes, language.code());
  }
}
