package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class EventGateTest {

  @Test
  void aPersonsMessageIsAnswered() {
    assertFalse(EventGate.ignored(event("{\"type\":\"message\",\"user\":\"U1\",\"text\":\"hi\"}")));
  }

  @Test
  void botMessagesAreIgnored() {
    assertTrue(EventGate.ignored(event("{\"type\":\"message\",\"bot_id\":\"B1\",\"text\":\"hi\"}")));
  }

  @Test
  void editsJoinsAndOtherSubtypesAreIgnored() {
    assertTrue(EventGate.ignored(event("{\"type\":\"message\",\"subtype\":\"message_changed\"}")));
    assertTrue(EventGate.ignored(event("{\"type\":\"message\",\"subtype\":\"channel_join\",\"user\":\"U1\"}")));
  }

  @Test
  void eventsOtherThanMessagesPass() {
    assertFalse(EventGate.ignored(event("{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@U2> hi\"}")));
    assertFalse(EventGate.ignored(null));
  }

  private static JsonObject event(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }
}
