package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.missionbot.FreePorts;

/**
 * The telegram-test-api Bot API emulator, run with node on 127.0.0.1, and a client that plays the
 * people writing to the bot: it sends their messages and reads what the bot sent to each chat.
 */
final class BotApiEmulator implements AutoCloseable {

  static final Path NODE_DIR = Path.of("src", "test", "node");
  private static final String SCRIPT = "const S=require('telegram-test-api');"
      + "const s=new S({port:+process.env.EMULATOR_PORT,host:'127.0.0.1',storeTimeout:600});"
      + "s.start().then(()=>console.log('ready'));"
      + "process.stdin.on('end',()=>s.stop().then(()=>process.exit(0)));process.stdin.resume();";

  private final Process node;
  private final String url;
  private final String token;
  private final HttpClient http = HttpClient.newHttpClient();

  private BotApiEmulator(Process node, String url, String token) {
    this.node = node;
    this.url = url;
    this.token = token;
  }

  /**
   * Starts the emulator for a bot with this token on a free port, or on another free port when the
   * first is taken between being handed out and bound; fails the test when node_modules is missing.
   */
  static BotApiEmulator start(String token) throws IOException, InterruptedException {
    return start(token, FreePorts.candidates());
  }

  /** The emulator on the first of the ports it can bind; the test fails, with what node said, when it binds none. */
  static BotApiEmulator start(String token, List<Integer> ports) throws IOException, InterruptedException {
    if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("telegram-test-api"))) {
      fail("The Telegram Bot API emulator is not installed: run `npm ci --prefix src/test/node` first");
    }
    List<String> said = new ArrayList<>();
    for (int port : ports) {
      ProcessBuilder builder = new ProcessBuilder("node", "-e", SCRIPT).directory(NODE_DIR.toFile())
          .redirectErrorStream(true);
      builder.environment().put("EMULATOR_PORT", String.valueOf(port));
      Process node = builder.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if ("ready".equals(line)) {
        Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
        return new BotApiEmulator(node, "http://127.0.0.1:" + port, token);
      }
      node.destroyForcibly();
      node.waitFor(5, TimeUnit.SECONDS);
      // node's first line is where it failed ("node:net:1908"); the error itself ("EADDRINUSE") comes after
      String error = out.lines().filter(l -> l.contains("Error")).findFirst().orElse(line);
      said.add("port " + port + ": " + error);
    }
    return fail("The Bot API emulator did not start: " + said);
  }

  /** The address the bot should use as TELEGRAM_API_URL. */
  String url() {
    return url;
  }

  /** A person sends a text message; returns nothing until the emulator has it. */
  void send(Chat chat, String text) throws IOException, InterruptedException {
    JsonObject message = message(chat);
    message.addProperty("text", text);
    if (text.startsWith("/")) {
      int end = text.contains(" ") ? text.indexOf(' ') : text.length();
      message.add("entities", JsonParser.parseString(
          "[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + end + "}]"));
      post("/sendCommand", message);
    } else {
      post("/sendMessage", message);
    }
  }

  /** A person sends a message that is not text, such as a sticker. */
  void sendSticker(Chat chat) throws IOException, InterruptedException {
    JsonObject message = message(chat);
    message.add("sticker", JsonParser.parseString(
        "{\"file_id\":\"s1\",\"file_unique_id\":\"u1\",\"width\":512,\"height\":512,\"is_animated\":false}"));
    post("/sendMessage", message);
  }

  /** A person taps an inline keyboard button with this callback data. */
  void tap(Chat chat, String data) throws IOException, InterruptedException {
    JsonObject callback = new JsonObject();
    JsonObject message = message(chat);
    callback.addProperty("botToken", token);
    callback.add("from", message.get("from"));
    callback.add("message", message);
    callback.addProperty("data", data);
    post("/sendCallback", callback);
  }

  /** Waits for the bot to send {@code count} messages to the chat, and returns them. */
  List<JsonObject> received(Chat chat, int count) throws IOException, InterruptedException {
    List<JsonObject> messages = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (messages.size() < count && System.nanoTime() < deadline) {
      messages.addAll(unread(chat));
      if (messages.size() < count) {
        Thread.sleep(50);
      }
    }
    if (messages.size() < count) {
      fail("expected " + count + " messages in chat " + chat.id() + " but got " + messages);
    }
    return messages;
  }

  /** What the bot has sent to the chat since the last look. */
  List<JsonObject> unread(Chat chat) throws IOException, InterruptedException {
    JsonObject body = new JsonObject();
    body.addProperty("token", token);
    body.addProperty("chatId", chat.id());
    JsonArray result = post("/getUpdates", body).getAsJsonArray("result");
    List<JsonObject> messages = new ArrayList<>();
    for (JsonElement update : result) {
      messages.add(update.getAsJsonObject().getAsJsonObject("message"));
    }
    return messages;
  }

  @Override
  public void close() throws InterruptedException, IOException {
    node.getOutputStream().close();
    if (!node.waitFor(5, TimeUnit.SECONDS)) {
      node.destroyForcibly();
    }
  }

  private JsonObject message(Chat chat) {
    JsonObject message = new JsonObject();
    message.addProperty("botToken", token);
    message.addProperty("date", System.currentTimeMillis() / 1000);
    message.add("from", JsonParser.parseString(
        "{\"id\":" + chat.userId() + ",\"is_bot\":false,\"first_name\":\"Ann\",\"username\":\"ann\""
            + (chat.language() == null ? "" : ",\"language_code\":\"" + chat.language() + "\"") + "}"));
    message.add("chat", JsonParser.parseString(
        "{\"id\":" + chat.id() + ",\"type\":\"" + chat.type() + "\",\"title\":\"Test chat\"}"));
    return message;
  }

  private JsonObject post(String path, JsonObject body) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(5))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      fail("emulator " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }


  /**
   * A chat with one person in it: "private", "group" or "supergroup"; {@code language} is the
   * person's app language as Telegram sends it ("fr"), or null.
   */
  record Chat(long id, String type, long userId, String language) {

    Chat(long id, String type, long userId) {
      this(id, type, userId, null);
    }
  }
}
