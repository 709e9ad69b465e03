package org.missionbot;

import java.util.List;
import java.util.Locale;

/**
 * What a load test measured: answers, the time from the first question handed over to the last
 * reply received, and each question's latency; printed as one line to standard output.
 *
 * @param name which test
 * @param answers replies counted
 * @param elapsedNanos first question handed over to last reply received
 * @param latenciesNanos per question, question handed over to its reply received
 */
public record LoadFigures(String name, int answers, long elapsedNanos, List<Long> latenciesNanos) {

  public LoadFigures {
    latenciesNanos = latenciesNanos.stream().sorted().toList();
  }

  public double answersPerSecond() {
    return answers / (elapsedNanos / 1e9);
  }

  /** The latency at this percentile (0-100), nearest rank, in milliseconds. */
  public double percentileMillis(double percentile) {
    int rank = (int) Math.ceil(percentile / 100 * latenciesNanos.size());
    return latenciesNanos.get(Math.max(0, rank - 1)) / 1e6;
  }

  /** Prints the figures and returns them, for the README. */
  public String print() {
    String line = String.format(Locale.ROOT, "%s: %d answers in %.2f s, %.0f answers/s, latency min %.1f ms, "
        + "p50 %.1f ms, p99 %.1f ms, max %.1f ms", name, answers, elapsedNanos / 1e9, answersPerSecond(),
        latenciesNanos.get(0) / 1e6, percentileMillis(50),
        percentileMillis(99), percentileMillis(100));
    System.out.println(line);
    return line;
  }
}
