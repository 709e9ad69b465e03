package org.missionbot.answer;

import java.util.List;

/**
 * A verbatim passage shown as evidence, with its citation.
 *
 * @param text the passage, verbatim from its article
 * @param citation where it comes from
 * @param highlights the parts of {@code text} that answer the question (shown in bold), in order
 */
public record Quote(String text, Citation citation, List<Span> highlights) {

  public Quote {
    highlights = List.copyOf(highlights);
    for (Span span : highlights) {
      if (span.end() > text.length()) {
        throw new IllegalArgumentException("highlight " + span + " is outside a quote of " + text.length() + " chars");
      }
    }
  }
}
