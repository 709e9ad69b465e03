package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.ChatCore;

/** Starting fails with a clear message that shows no token, and stopping returns within ten seconds. */
class SlackChannelStartAndStopIT extends SlackChannelFixture {

  @Test
  void rejectedTokenStopsTheStartWithoutShowingIt() throws Exception {
    slack = new SlackStandIn();
    slack.rejectTokens();
    SlackChannel rejected = SlackChannel.create(settings(Map.of()), ChatCore.withDefaults(bot));

    IllegalStateException e = assertThrows(IllegalStateException.class, rejected::start);

    assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
    assertFalse(e.getMessage().contains(BOT_TOKEN), e.getMessage());
  }

  @Test
  void rejectedAppTokenStopsTheSocketModeStartWithoutShowingIt() throws Exception {
    slack = new SlackStandIn();
    SlackChannel rejected = SlackChannel.create(settings(Map.of("SLACK_APP_TOKEN", "xapp-test-app-token")),
        ChatCore.withDefaults(bot));

    IllegalStateException e = assertThrows(IllegalStateException.class, rejected::start);

    assertTrue(e.getMessage().contains("SLACK_APP_TOKEN") && e.getMessage().contains("invalid_auth"), e.getMessage());
    assertFalse(e.getMessage().contains("xapp-test-app-token"), e.getMessage());
    rejected.stop();
  }

  @Test
  void aPortInUseStopsTheStartWithThePortNamed() throws Exception {
    start(Map.of());
    SlackChannel second = SlackChannel.create(settings(Map.of("PORT", Integer.toString(channel.port()))),
        ChatCore.withDefaults(bot));

    IOException e = assertThrows(IOException.class, second::start);

    assertTrue(e.getMessage().startsWith("could not listen on PORT " + channel.port()), e.getMessage());
    second.stop();
  }

  @Test
  void stopReturnsWithinTenSeconds() throws Exception {
    start(Map.of());
    client.event(directMessage("Ev1", "D1", "Who is Jimmy Cherizier?", ""));
    long started = System.nanoTime();

    channel.stop();
    channel = null;

    assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10);
  }
}
