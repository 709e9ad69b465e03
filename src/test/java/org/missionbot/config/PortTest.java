package org.missionbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PORT is read one way by serve, Telegram and Slack. */
class PortTest {

  @Test
  void unsetOrBlankIs8080AndZeroToAllOnesAreTaken() {
    assertEquals(8080, Port.of(Map.of()));
    assertEquals(8080, Port.of(Map.of("PORT", " ")));
    assertEquals(0, Port.of(Map.of("PORT", "0")));
    assertEquals(65_535, Port.of(Map.of("PORT", " 65535 ")));
  }

  @Test
  void anythingElseIsRefusedByItsValueTheSameWayEverywhere() {
    for (String bad : List.of("-1", "65536", "eighty", "80.5")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Port.of(Map.of("PORT", bad)));
      assertEquals("PORT must be a whole number from 0 to 65535: " + bad, e.getMessage());
      List<String> problems = new ArrayList<>();
      assertEquals(8080, Port.of(Map.of("PORT", bad), problems));
      assertEquals(List.of(e.getMessage()), problems);
    }
  }
}
