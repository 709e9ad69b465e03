package org.missionbot.chat;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per question: the channel, the conversation, how it ended, how long it took, and at
 * most the first {@value #QUESTION_CHARS} characters of the question. It never sees a token.
 */
final class QuestionLog {

  static final int QUESTION_CHARS = 80;
  private static final Logger LOG = LoggerFactory.getLogger(QuestionLog.class);

  private final Consumer<String> sink;

  QuestionLog(Consumer<String> sink) {
    this.sink = sink;
  }

  /** Lines at INFO, as a service wants them. */
  static QuestionLog info() {
    return new QuestionLog(LOG::info);
  }

  /** Lines at DEBUG: at a keyboard, the person sees the answer already. */
  static QuestionLog debug() {
    return new QuestionLog(LOG::debug);
  }

  void question(String channel, String conversation, String ref, Metrics.Outcome outcome, Duration latency,
      String question) {
    sink.accept(line(channel, conversation, ref, outcome, latency, question));
  }

  /**
   * E.g. {@code question channel=slack conversation=C1:100.1 ref=event:Ev1 outcome=answered latency_ms=12
   * text="How much?"}; without a ref, no {@code ref=}.
   */
  static String line(String channel, String conversation, String ref, Metrics.Outcome outcome, Duration latency,
      String question) {
    return "question channel=" + word(channel) + " conversation=" + word(conversation)
        + (ref == null || ref.isBlank() ? "" : " ref=" + word(ref))
        + " outcome=" + outcome.name().toLowerCase(Locale.ROOT) + " latency_ms=" + latency.toMillis()
        + " text=\"" + shortened(question) + "\"";
  }

  /** A value without spaces, so the line splits on them, and without control characters. */
  private static String word(String value) {
    return value == null || value.isBlank() ? "-" : LogText.escape(value.replaceAll("\\s+", "_"));
  }

  /**
   * The question on one line, quotes and control characters escaped, cut at {@value #QUESTION_CHARS}
   * characters.
   */
  static String shortened(String question) {
    String flat = String.valueOf(question).replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) > QUESTION_CHARS) {
      flat = flat.substring(0, flat.offsetByCodePoints(0, QUESTION_CHARS)) + "…";
    }
    return LogText.escape(flat.replace("\\", "\\\\").replace("\"", "\\\""));
  }
}
