package org.missionbot.chat.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.chat.Librarian;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/**
 * The Slack channel's end-to-end setup: the real app in HTTP mode on 127.0.0.1, Slack's Web API stood
 * in for, and the events, slash commands and button clicks Slack would send it.
 *
 * <p>Each test class opens its own bot over a copy of the articles; each test starts its own stand-in
 * and channel, which are stopped after it.
 */
abstract class SlackChannelFixture {

  static final String SECRET = "test-signing-secret";
  static final String BOT_TOKEN = "xoxb-test-bot-token";

  @TempDir
  static Path home;
  @TempDir
  Path data;

  static MissionBot bot;
  SlackStandIn slack;
  SlackChannel channel;
  SignedClient client;

  @BeforeAll
  static void openBot() throws IOException {
    Path project = Path.of("").toAbsolutePath();
    copy(project.resolve("index/articles"), home.resolve("index/articles"));
    copy(project.resolve("config"), home.resolve("config"));
    bot = MissionBot.open(new Home(home));
  }

  @AfterAll
  static void closeBot() throws IOException {
    bot.close();
  }

  @AfterEach
  void stop() {
    if (channel != null) {
      channel.stop();
    }
    slack.close();
  }

  void startWith(Librarian librarian) throws Exception {
    slack = new SlackStandIn();
    SlackSettings settings = settings(Map.of());
    channel = SlackChannel.create(settings, SlackChannel.core(bot, settings), librarian);
    channel.start();
    client = new SignedClient(channel.port(), SECRET);
  }

  void start(Map<String, String> extra) throws Exception {
    slack = new SlackStandIn();
    SlackSettings settings = settings(extra);
    channel = SlackChannel.create(settings, SlackChannel.core(bot, settings));
    channel.start();
    client = new SignedClient(channel.port(), SECRET);
  }

  SlackSettings settings(Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SECRET,
        "SLACK_API_URL", slack.apiUrl(), "PORT", "0", "FEEDBACK_FILE", data.resolve("feedback.jsonl").toString()));
    env.putAll(extra);
    return SlackSettings.fromEnv(env);
  }

  static String mention(String eventId, String channel, String ts, String threadTs, String text) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "app_mention");
    event.addProperty("user", "U1");
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    event.addProperty("channel", channel);
    event.addProperty("event_ts", ts);
    return callback(eventId, event.toString());
  }

  static String directMessage(String eventId, String channel, String text, String more) {
    JsonObject event = new JsonObject();
    event.addProperty("text", text);
    String json = event.toString();
    return callback(eventId, "{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"channel\":\"" + channel
        + "\",\"ts\":\"300.1\",\"event_ts\":\"300.1\"," + json.substring(1, json.length() - 1) + more + "}");
  }

  /** A message in a channel ({@code channelType} "channel") or private channel ("group"); in a thread when threadTs is set. */
  static String channelMessage(String eventId, String channelType, String channel, String ts, String threadTs,
                                       String text, String more) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel_type", channelType);
    event.addProperty("channel", channel);
    event.addProperty("user", "U2");
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    event.addProperty("event_ts", ts);
    String json = event.toString();
    return callback(eventId, json.substring(0, json.length() - 1) + more + "}");
  }

  static String callback(String eventId, String event) {
    return "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\",\"event_id\":\""
        + eventId + "\",\"event_time\":1700000000,\"event\":" + event + "}";
  }

  Map<String, String> command(String text, String responseName) {
    return command(slack, text, responseName);
  }

  /** A signed slash command's fields, {@code /mission text}, its response going to the stand-in's {@code responseName}. */
  static Map<String, String> command(SlackStandIn slack, String text, String responseName) {
    return Map.of("token", "t", "team_id", "T1", "channel_id", "C1", "user_id", "U1", "user_name", "ana",
        "command", "/mission", "text", text, "response_url", slack.responseUrl(responseName), "trigger_id", "tr-" + responseName);
  }

  String click(String actionId, String value, String responseName) {
    return click(slack, actionId, value, responseName);
  }

  /** A click on a button of an answer, its response going to the stand-in's {@code responseName}. */
  static String click(SlackStandIn slack, String actionId, String value, String responseName) {
    return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T1\"},\"user\":{\"id\":\"U1\",\"username\":\"ana\"},"
        + "\"api_app_id\":\"A1\",\"token\":\"t\",\"trigger_id\":\"tr2\",\"channel\":{\"id\":\"C1\",\"name\":\"general\"},"
        + "\"container\":{\"type\":\"message\"},\"response_url\":\"" + slack.responseUrl(responseName) + "\","
        + "\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"block_id\":\"answer_actions\","
        + "\"value\":\"" + value + "\",\"action_ts\":\"1.1\"}]}";
  }

  private static JsonArray buttons(JsonObject message) {
    JsonArray blocks = message.getAsJsonArray("blocks");
    return blocks.get(blocks.size() - 1).getAsJsonObject().getAsJsonArray("elements");
  }

  static List<String> actionIds(JsonObject message) {
    return buttons(message).asList().stream().map(b -> b.getAsJsonObject().get("action_id").getAsString()).toList();
  }

  static String answerId(JsonObject message) {
    return buttons(message).get(0).getAsJsonObject().get("value").getAsString();
  }

  static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
