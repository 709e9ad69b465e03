package org.missionbot.chat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * The questions each channel was asked, how they ended and how long they took, written in
 * Prometheus' text format (version 0.0.4). Thread-safe; one instance serves the whole process.
 */
public final class Metrics {

  /** The content type of {@link #prometheus()}. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  /** Upper bounds of the latency buckets, in seconds: an answer takes milliseconds, a slow one a second. */
  static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  /** How a question ended. */
  public enum Outcome { ANSWERED, NOT_ANSWERED, RATE_LIMITED, ERROR }

  private final Map<String, Tally> channels = new ConcurrentSkipListMap<>();

  /** Lists a channel with zero counts, so its series exist before its first question. */
  public void register(String channel) {
    tally(channel);
  }

  /** Counts one question of a channel; a refusal for asking too fast counts as not answered. */
  public void record(String channel, Outcome outcome, Duration latency) {
    Tally tally = tally(channel);
    tally.questions.increment();
    switch (outcome) {
      case ANSWERED -> tally.answered.increment();
      case NOT_ANSWERED, RATE_LIMITED -> tally.notAnswered.increment();
      case ERROR -> tally.errors.increment();
    }
    tally.observe(latency.toNanos() / 1e9);
  }

  /** Every series, in Prometheus' text exposition format. */
  public String prometheus() {
    StringBuilder out = new StringBuilder();
    counter(out, "questions_total", "Questions asked.", t -> t.questions.sum());
    counter(out, "answered_total", "Questions answered with quotes.", t -> t.answered.sum());
    counter(out, "not_answered_total", "Questions the articles do not answer, or asked too fast.", t -> t.notAnswered.sum());
    counter(out, "errors_total", "Questions that failed with an error.", t -> t.errors.sum());
    histogram(out);
    return out.toString();
  }

  private Tally tally(String channel) {
    return channels.computeIfAbsent(channel, c -> new Tally());
  }

  private void counter(StringBuilder out, String name, String help, java.util.function.ToLongFunction<Tally> value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(" counter\n");
    channels.forEach((channel, tally) ->
        out.append(name).append(label(channel, null)).append(' ').append(value.applyAsLong(tally)).append('\n'));
  }

  private void histogram(StringBuilder out) {
    String name = "answer_latency_seconds";
    out.append("# HELP ").append(name).append(" Time from question to reply.\n");
    out.append("# TYPE ").append(name).append(" histogram\n");
    channels.forEach((channel, tally) -> {
      long count = tally.count.sum();
      long cumulative = 0;
      for (int i = 0; i < BUCKETS.length; i++) {
        cumulative += tally.buckets.get(i);
        out.append(name).append("_bucket").append(label(channel, Double.toString(BUCKETS[i]))).append(' ')
            .append(cumulative).append('\n');
      }
      out.append(name).append("_bucket").append(label(channel, "+Inf")).append(' ').append(count).append('\n');
      out.append(name).append("_sum").append(label(channel, null)).append(' ').append(tally.sum.sum()).append('\n');
      out.append(name).append("_count").append(label(channel, null)).append(' ').append(count).append('\n');
    });
  }

  private static String label(String channel, String le) {
    String escaped = channel.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return "{channel=\"" + escaped + "\"" + (le == null ? "" : ",le=\"" + le + "\"") + "}";
  }

  /** One channel's counts; each bucket holds only its own observations, summed up when written. */
  private static final class Tally {
    final LongAdder questions = new LongAdder();
    final LongAdder answered = new LongAdder();
    final LongAdder notAnswered = new LongAdder();
    final LongAdder errors = new LongAdder();
    final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
    final DoubleAdder sum = new DoubleAdder();
    final LongAdder count = new LongAdder();

    void observe(double seconds) {
      for (int i = 0; i < BUCKETS.length; i++) {
        if (seconds <= BUCKETS[i]) {
          buckets.incrementAndGet(i);
          break;
        }
      }
      sum.add(seconds);
      count.increment();
    }
  }
}
