package org.missionbot.chat;

import java.util.Objects;
import org.missionbot.answer.Answer;

/**
 * What the bot says back to a message, before a channel renders it.
 *
 * @param kind an answer, or a refusal because the person asks too fast
 * @param answer the answer, or null for a refusal
 * @param text the refusal's message, or "" for an answer
 */
public record Reply(Kind kind, Answer answer, String text) {

  /** The kinds of reply. */
  public enum Kind { ANSWER, RATE_LIMITED }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.ANSWER) != (answer != null)) {
      throw new IllegalArgumentException("an ANSWER reply carries an answer, and only it: " + kind);
    }
  }

  static Reply of(Answer answer) {
    return new Reply(Kind.ANSWER, answer, "");
  }

  /** The refusal to someone asking too fast, in their language (English when null). */
  static Reply rateLimited(org.missionbot.search.Language language) {
    return new Reply(Kind.RATE_LIMITED, null, Texts.get(language, "rate_limited"));
  }
}
