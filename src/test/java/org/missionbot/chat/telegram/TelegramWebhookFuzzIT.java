package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.BadInput;
import org.missionbot.chat.MissionBot;
import org.missionbot.FreePorts;

/**
 * Property: the webhook of the real Telegram channel takes any body with the right secret (random
 * text, broken JSON, updates with fields of the wrong kind, bad entity offsets, random Unicode
 * questions; over 1 MB, 413) with 200 or 400, never a 5xx or a dropped connection, and answers a real question
 * afterwards.
 */
class TelegramWebhookFuzzIT {

  private static final String TOKEN = "424242:FUZZ-token_value-XYZ0123456789";
  private static final String SECRET = "fuzz-secret";
  private static final int REQUESTS = 600;
  private static final Set<Integer> ACCEPTED = Set.of(200, 400);

  @TempDir
  Path home;

  @Test
  void anyBodyWithTheSecretGets200Or400AndTheBotKeepsAnswering() throws Exception {
    ScriptedBotApi api = new ScriptedBotApi(TOKEN);
    try (MissionBot bot = RealBot.open(home); MockWebServer server = new MockWebServer()) {
      server.setDispatcher(api);
      server.start(InetAddress.getLoopbackAddress(), 0);
      int port = FreePorts.any();
      URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");
      TelegramChannel channel = TelegramChannel.create(TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
          "TELEGRAM_API_URL", "http://127.0.0.1:" + server.getPort(), "TELEGRAM_WEBHOOK_URL", hook.toString(),
          "TELEGRAM_WEBHOOK_SECRET", SECRET, "PORT", String.valueOf(port), "TELEGRAM_RATE_LIMIT", "10000")), bot);
      channel.start();
      try {
        BadInput input = new BadInput(0x7e1e_f022L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          String body = body(input, i);
          try {
            int status = post(hook, body);
            boolean tooLarge = status == 413 && body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1 << 20;
            if (!ACCEPTED.contains(status) && !tooLarge) {
              failures.add(i + ": " + status + " for " + BadInput.show(body));
            }
          } catch (IOException e) { // every body here, 2 MB at most, is read before its answer, even a 413
            failures.add(i + ": connection dropped (" + e + ") for " + BadInput.show(body));
          }
          if (i % 100 == 99) {
            assertStillAnswers(api, hook, 1_000_000 + i);
          }
        }
        assertEquals(List.of(), failures);
        assertEquals(413, post(hook, "{\"update_id\":1,\"x\":\"" + "a".repeat(2 << 20) + "\"}"),
            "a body over 1 MB is refused as too large");
      } finally {
        channel.stop();
      }
    }
  }

  private static String body(BadInput input, int i) {
    Random random = input.random();
    return switch (random.nextInt(8)) {
      case 0 -> input.text(40);
      case 1 -> {
        String update = update(input, i);
        yield update.substring(0, random.nextInt(update.length() + 1));
      }
      case 2 -> random.nextInt(8) == 0 ? input.huge(2_100_000) : input.huge(100_000);
      case 3 -> "{\"update_id\":" + odd(input) + ",\"message\":" + odd(input) + "}";
      case 4 -> "{\"update_id\":" + i + ",\"message\":{\"message_id\":1,\"chat\":{\"id\":" + odd(input)
          + ",\"type\":\"private\"},\"text\":" + odd(input) + ",\"entities\":" + odd(input) + "}}";
      case 5 -> "";
      default -> update(input, i);
    };
  }

  /** A message update with random text, now and then with entities whose offsets run past the text. */
  private static String update(BadInput input, int i) {
    Random random = input.random();
    JsonObject chat = new JsonObject();
    chat.addProperty("id", random.nextBoolean() ? 7 + random.nextInt(5) : -100 - random.nextInt(5));
    chat.addProperty("type", random.nextBoolean() ? "private" : "group");
    JsonObject from = new JsonObject();
    from.addProperty("id", 7);
    from.addProperty("is_bot", random.nextInt(5) == 0);
    from.addProperty("first_name", input.text(3));
    JsonObject message = new JsonObject();
    message.addProperty("message_id", 10 + i);
    message.addProperty("date", 0);
    message.add("chat", chat);
    message.add("from", from);
    String text = (random.nextInt(4) == 0 ? "/ask@MissionTestBot " : random.nextInt(4) == 0 ? "@MissionTestBot " : "")
        + input.question();
    message.addProperty("text", text);
    if (random.nextBoolean()) {
      message.add("entities", com.google.gson.JsonParser.parseString("[{\"type\":\""
          + (random.nextBoolean() ? "bot_command" : "mention") + "\",\"offset\":" + (random.nextInt(40) - 5)
          + ",\"length\":" + (random.nextInt(40) - 5) + "}]"));
    }
    return "{\"update_id\":" + (i + 1) + ",\"message\":" + message + "}";
  }

  private static String odd(BadInput input) {
    String[] values = {"null", "[]", "{}", "1e999", "-1", "\"7\"", "true", "99999999999999999999",
        "[{\"type\":\"mention\",\"offset\":-3,\"length\":99}]", "{\"id\":{}}"};
    return values[input.random().nextInt(values.length)];
  }

  /** A real question in a chat of its own is answered, as a reply to it. */
  private static void assertStillAnswers(ScriptedBotApi api, URI hook, int id) throws Exception {
    String update = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":0,\"chat\":{\"id\":"
        + id + ",\"type\":\"private\"},\"from\":{\"id\":" + id + ",\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"text\":\"How much has Canada pledged?\"}}";
    assertEquals(200, post(hook, update));
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      if (api.calls("sendMessage").stream().anyMatch(c -> String.valueOf(id).equals(c.params().get("chat_id"))
          && c.params().get("text").contains("123 million")
          && c.params().get("reply_parameters").contains("\"message_id\":" + id))) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no answer to the question of update " + id);
  }

  /** Posts on a connection of its own, so that a dropped connection is this request's. */
  private static int post(URI hook, String body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(hook).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, SECRET)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

}
