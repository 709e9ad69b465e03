package org.missionbot.answer;

/**
 * A range of a text: a quote's (what is bold), or a question's (where a time is named).
 *
 * @param start offset of the first character, inclusive
 * @param end offset after the last character, exclusive
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
