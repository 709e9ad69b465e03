package org.missionbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void countersAreLabelledByChannelAndOutcomesAddUpToQuestions() {
    Metrics metrics = new Metrics();
    metrics.record("slack", Metrics.Outcome.ANSWERED, Duration.ofMillis(3));
    metrics.record("slack", Metrics.Outcome.NOT_ANSWERED, Duration.ofMillis(3));
    metrics.record("slack", Metrics.Outcome.RATE_LIMITED, Duration.ofMillis(3));
    metrics.record("telegram", Metrics.Outcome.ERROR, Duration.ofMillis(3));

    List<String> lines = metrics.prometheus().lines().toList();

    assertTrue(lines.contains("questions_total{channel=\"slack\"} 3"), lines.toString());
    assertTrue(lines.contains("answered_total{channel=\"slack\"} 1"));
    assertTrue(lines.contains("not_answered_total{channel=\"slack\"} 2"));
    assertTrue(lines.contains("errors_total{channel=\"slack\"} 0"));
    assertTrue(lines.contains("errors_total{channel=\"telegram\"} 1"));
    assertTrue(lines.contains("questions_total{channel=\"telegram\"} 1"));
  }

  @Test
  void histogramBucketsAreCumulativeAndEndInInfEqualToCount() {
    Metrics metrics = new Metrics();
    metrics.record("console", Metrics.Outcome.ANSWERED, Duration.ofMillis(4));
    metrics.record("console", Metrics.Outcome.ANSWERED, Duration.ofMillis(200));
    metrics.record("console", Metrics.Outcome.ANSWERED, Duration.ofSeconds(30));

    List<String> lines = metrics.prometheus().lines().toList();

    assertTrue(lines.contains("# TYPE answer_latency_seconds histogram"), lines.toString());
    assertTrue(lines.contains("answer_latency_seconds_bucket{channel=\"console\",le=\"0.005\"} 1"));
    assertTrue(lines.contains("answer_latency_seconds_bucket{channel=\"console\",le=\"0.1\"} 1"));
    assertTrue(lines.contains("answer_latency_seconds_bucket{channel=\"console\",le=\"0.25\"} 2"));
    assertTrue(lines.contains("answer_latency_seconds_bucket{channel=\"console\",le=\"10.0\"} 2"));
    assertTrue(lines.contains("answer_latency_seconds_bucket{channel=\"console\",le=\"+Inf\"} 3"));
    assertTrue(lines.contains("answer_latency_seconds_sum{channel=\"console\"} 30.204"));
    assertTrue(lines.contains("answer_latency_seconds_count{channel=\"console\"} 3"));
  }

  @Test
  void aRegisteredChannelIsListedWithZeroCounts() {
    Metrics metrics = new Metrics();
    metrics.register("telegram");

    String text = metrics.prometheus();

    assertTrue(text.contains("questions_total{channel=\"telegram\"} 0\n"), text);
    assertTrue(text.contains("answer_latency_seconds_count{channel=\"telegram\"} 0\n"), text);
  }

  @Test
  void everyMetricHasHelpAndTypeOnce() {
    String text = new Metrics().prometheus();

    for (String name : List.of("questions_total", "answered_total", "not_answered_total", "errors_total")) {
      assertTrue(text.contains("# HELP " + name + " "), name);
      assertTrue(text.contains("# TYPE " + name + " counter\n"), name);
    }
    assertEquals(1, text.split("# TYPE answer_latency_seconds histogram", -1).length - 1);
  }
}
