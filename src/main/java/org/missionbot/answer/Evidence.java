package org.missionbot.answer;

import java.util.List;
import java.util.Locale;
import org.missionbot.corpus.Mention;
import org.missionbot.search.Hit;

/**
 * A hit chosen as a quote, with the mentions in it that answer the question (the amount for "how
 * much"), nearest to the question's words first; empty when the question wants none or the quote has none.
 */
record Evidence(Hit hit, List<Mention> values) {

  Evidence {
    values = List.copyOf(values);
  }

  /** The mention that answers the question best, or null. */
  Mention value() {
    return values.isEmpty() ? null : values.get(0);
  }

  /** The quoted text, which the value's offsets refer to. */
  String text() {
    return hit.quoteText();
  }

  /** The value as written, e.g. "over $123 million", or null. */
  String valueText() {
    return value() == null ? null : value().in(text());
  }

  /** The value without its qualifier or punctuation, to tell equal figures from different ones. */
  String valueKey() {
    if (value() == null) {
      return null;
    }
    String key = valueText().toLowerCase(Locale.ROOT)
        .replaceAll("^(?:about|approximately|around|roughly|nearly|almost|over|more than|less than|fewer than"
            + "|up to|only|some|at least|just|an estimated)\\s+", "");
    return key.replaceAll("[^a-z0-9.]", "");
  }
}
