package org.missionbot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.missionbot.search.Concept;
import org.missionbot.search.Hit;
import org.missionbot.search.Language;
import org.missionbot.search.Question;

/** A report of how a question was read, ranked and decided, for people tuning the search and the models. */
final class Explanation {

  private Explanation() {}

  /**
   * The report: the English reading of a French or Creole question, the outcome, the question's kinds,
   * the decision's line, the frame it was searched in, its words and the best hits with their signals.
   */
  static String of(Language language, String english, Answer answer, Question read, List<Hit> hits, TimeFrame time,
      SourceFrame source, String decision) {
    StringBuilder out = new StringBuilder(language == Language.ENGLISH ? ""
        : "read from " + language.code() + " as: " + english + "\n");
    out.append("outcome " + answer.outcome().name().toLowerCase(Locale.ROOT)
        + (answer.refusal() == null ? "" : ", refused by the " + answer.refusal().label() + " check") + "\n");
    out.append("kinds " + read.kinds() + "\ndecision " + decision + "\n");
    if (!read.text().strip().equals(english.strip()) || time.bounded() || !source.articles().isEmpty()) {
      // what the answer reads apart from the words: an article named, a date or an event that frames it
      out.append(String.format(Locale.ROOT, "searched as: %s%n  time %s; from %s%n", read.text().strip(), time,
          source.articles().isEmpty() ? "any article" : String.join(", ", source.articles())));
    }
    read.concepts().forEach(c -> out.append(String.format(Locale.ROOT, "  %-16s stem=%-12s w=%.2f%s%s%s%n",
        c.word(), c.stem(), c.weight(), c.known() ? "" : " UNKNOWN", c.corrected() ? " corrected" : "",
        c.name() ? " name" : "")));
    for (Hit hit : EvidenceChooser.first(hits, 12)) {
      out.append(String.format(Locale.ROOT, "%7.3f cov=%.2f%s %s%n        holds %s; bm25 #%d vector #%d sim %.3f topic %.3f%n",
          hit.score(), hit.coverage(), hit.quotesPrevious() ? " +prev" : "", abbreviate(hit.passage().text()),
          hit.matched().stream().map(Concept::word).toList(), hit.signals().lexicalRank(), hit.signals().semanticRank(),
          hit.signals().similarity(), hit.signals().topicality()));
    }
    return out.toString();
  }

  /** The answer-or-abstain probability, the summary features and the best passage, on one line. */
  static String decision(Decision decision, Question read, List<Hit> hits, boolean gives) {
    if (hits.isEmpty()) {
      return "no hits";
    }
    Hit top = hits.get(0);
    return String.format(Locale.ROOT, "p=%.2f [%s] top %.2f sim %.3f cov %.2f: %s", decision.probability(read, hits, gives),
        String.join(" ", Arrays.stream(Decision.features(read, hits, gives)).limit(Decision.SUMMARY.size())
            .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList()),
        top.score(), top.signals().similarity(), top.coverage(), abbreviate(top.quoteText()));
  }

  private static String abbreviate(String text) {
    return text.length() <= 110 ? text : text.substring(0, 110) + "\u2026";
  }
}
