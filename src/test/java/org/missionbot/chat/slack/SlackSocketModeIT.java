package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/** The Slack channel in Socket Mode, end to end, against a local stand-in for Slack and its WebSocket. */
class SlackSocketModeIT {

  @TempDir
  Path home;

  private MissionBot bot;
  private SlackStandIn slack;
  private SlackChannel channel;

  @BeforeEach
  void start() throws Exception {
    copy(Path.of("index/articles"), home.resolve("index/articles"));
    copy(Path.of("config"), home.resolve("config"));
    bot = MissionBot.open(new Home(home));
    slack = new SlackStandIn();
    slack.acceptSocketMode();
    channel = SlackChannel.create(SlackSettings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_APP_TOKEN", "xapp-t",
        "SLACK_API_URL", slack.apiUrl(), "FEEDBACK_FILE", home.resolve("feedback.jsonl").toString())), ChatCore.withDefaults(bot));
    channel.start();
  }

  @AfterEach
  void stop() throws IOException {
    channel.stop();
    slack.close();
    bot.close();
  }

  @Test
  void mentionOverSocketModeIsAcknowledgedAndAnsweredInItsThread() throws Exception {
    WebSocket socket = slack.socket();

    socket.send("{\"envelope_id\":\"env-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
        + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\","
        + "\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event_time\":1,\"event\":{\"type\":\"app_mention\","
        + "\"user\":\"U1\",\"text\":\"<@UBOT> How much has Canada pledged?\",\"ts\":\"100.1\",\"channel\":\"C1\",\"event_ts\":\"100.1\"}}}");

    JsonObject ack = JsonParser.parseString(slack.fromSocket()).getAsJsonObject();
    assertEquals("env-1", ack.get("envelope_id").getAsString());
    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("100.1", post.form().get("thread_ts"));
    assertTrue(post.form().get("text").contains("$123 million"), post.form().get("text"));
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
