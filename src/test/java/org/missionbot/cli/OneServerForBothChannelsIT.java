package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack in HTTP mode and Telegram by webhook, both configured as {@code serve} configures them and
 * mounted on the one service server with /healthz and /metrics; their Web APIs are one local stand-in.
 */
class OneServerForBothChannelsIT {

  @TempDir
  Path home;

  private BothChannelsOnOneServer both;

  @BeforeEach
  void startBothChannelsOnOneServer() throws Exception {
    both = new BothChannelsOnOneServer(home);
  }

  @AfterEach
  void stopAll() throws Exception {
    if (both != null) {
      both.close();
    }
  }

  @Test
  void slackEventsAndTelegramWebhookAreServedOnTheSamePortAsHealthAndMetrics() throws Exception {
    String mention = "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"Ev1\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\","
        + "\"text\":\"<@UBOT> How much has Canada pledged?\",\"ts\":\"100.1\",\"channel\":\"C1\",\"event_ts\":\"100.1\"}}";
    String update = "{\"update_id\":7,\"message\":{\"message_id\":5,\"date\":1700000000,"
        + "\"chat\":{\"id\":101,\"type\":\"private\"},\"from\":{\"id\":101,\"is_bot\":false,\"first_name\":\"Ana\"},"
        + "\"text\":\"How much has Canada pledged?\"}}";

    assertEquals(200, both.slackEvent(mention).statusCode());
    assertEquals(403, both.telegramUpdate(update, "wrong-secret").statusCode());
    assertEquals(200, both.telegramUpdate(update, BothChannelsOnOneServer.WEBHOOK_SECRET).statusCode());

    assertTrue(both.next("/api/chat.postMessage").getBody().utf8().contains("123"), "Slack answer posted");
    assertTrue(both.next("/bot" + BothChannelsOnOneServer.TELEGRAM_TOKEN + "/sendMessage").getBody().utf8()
        .contains("123"), "Telegram answer sent");
    assertEquals(200, both.get("/healthz").statusCode());
    String text = awaitMetrics("questions_total{channel=\"telegram\"} 1");
    assertTrue(text.contains("questions_total{channel=\"slack\"} 1\n"), text);
    assertTrue(text.contains("answered_total{channel=\"slack\"} 1\n"), text);
    assertTrue(text.contains("answered_total{channel=\"telegram\"} 1\n"), text);
  }

  private String awaitMetrics(String line) throws Exception {
    String text = "";
    for (int i = 0; i < 100 && !text.contains(line + "\n"); i++) {
      text = both.get("/metrics").body();
      Thread.sleep(50);
    }
    assertTrue(text.contains(line + "\n"), text);
    return text;
  }
}
