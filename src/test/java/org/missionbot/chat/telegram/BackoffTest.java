package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void waitDoublesAfterEachFailureUpToTheCap() {
    Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(3));

    assertEquals(Duration.ofMillis(500), backoff.delay(1));
    assertEquals(Duration.ofMillis(1000), backoff.delay(2));
    assertEquals(Duration.ofMillis(2000), backoff.delay(3));
    assertEquals(Duration.ofSeconds(3), backoff.delay(4));
    assertEquals(Duration.ofSeconds(3), backoff.delay(100));
  }
}
