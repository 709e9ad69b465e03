package org.missionbot.answer;

import java.util.Locale;
import org.missionbot.corpus.Mention;
import org.missionbot.search.Hit;

/**
 * A hit chosen as a quote, with the mention in it that answers the question (the amount for "how
 * much"), or null when the question wants none or the passage has none.
 */
record Evidence(Hit hit, Mention value) {

  String text() {
    return hit.passage().text();
  }

  /** The value as written, e.g. "over $123 million", or null. */
  String valueText() {
    return value == null ? null : value.in(text());
  }

  /** The value without its qualifier or punctuation, to tell equal figures from different ones. */
  String valueKey() {
    if (value == null) {
      return null;
    }
    String key = valueText().toLowerCase(Locale.ROOT)
        .replaceAll("^(?:about|approximately|around|roughly|nearly|almost|over|more than|less than|fewer than"
            + "|up to|only|some|at least|just|an estimated)\\s+", "");
    return key.replaceAll("[^a-z0-9.]", "");
  }
}
