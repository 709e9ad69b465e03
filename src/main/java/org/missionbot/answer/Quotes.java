package org.missionbot.answer;

import java.util.List;
import java.util.Locale;
import org.missionbot.corpus.MentionFinder;
import org.missionbot.corpus.Passage;
import org.missionbot.search.Hit;
import org.missionbot.search.Question;

/** The quotes of an answer: its evidence as verbatim text, cited, with the answer marked where the lead states it. */
final class Quotes {

  private Quotes() {}

  /**
   * The quotes, each with its answer highlighted only where the lead states that answer, and each
   * carried on by the sentence after it when that one was found leaning on it ({@code candidates}).
   */
  static List<Quote> of(Question question, List<Evidence> evidence, String lead, List<Hit> candidates) {
    List<Hit> shown = evidence.stream().map(Evidence::hit).toList();
    return evidence.stream().map(e -> quote(question, e, lead, follower(e.hit(), candidates, shown))).toList();
  }

  /**
   * The sentence after a quoted one that the search found only with it ("This funding is directed
   * towards ..." after "Canada pledged $123 million"): what the quote is about goes on there; null
   * when none, or when another quote holds that sentence already (or leans on it).
   */
  private static Passage follower(Hit hit, List<Hit> candidates, List<Hit> shown) {
    Passage quoted = hit.passage();
    return candidates.stream().filter(Hit::leansOnPrevious).map(Hit::passage)
        .filter(p -> p.article().equals(quoted.article()) && p.previousStart() == quoted.start()
            && shown.stream().noneMatch(q -> q.passage().article().equals(p.article())
                && q.quoteStart() < p.end() && p.start() < q.passage().end()))
        .findFirst().orElse(null);
  }

  private static Quote quote(Question question, Evidence e, String lead, Passage follower) {
    String folded = lead.toLowerCase(Locale.ROOT); // the lead capitalises what it takes: "Earlier this week"
    List<Span> highlights = Leads.shown(question, e).stream()
        .filter(m -> !lead.isEmpty() && folded.contains(MentionFinder.withoutPossessive(m.in(e.text())).toLowerCase(Locale.ROOT)))
        .map(m -> new Span(m.start(), m.end())).toList();
    Hit hit = e.hit();
    String text = follower == null ? hit.quoteText()
        : hit.passage().article().body().substring(hit.quoteStart(), follower.end());
    return new Quote(text, Citation.of(hit.passage().article()), highlights);
  }
}
