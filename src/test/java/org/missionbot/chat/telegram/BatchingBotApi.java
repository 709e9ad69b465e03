package org.missionbot.chat.telegram;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Bot API stand-in for load: it serves the queued updates at or after the offset in batches of at
 * most {@code batch} (as Telegram serves at most 100), notes when each update was first served, and
 * records every sendMessage with the chat, the message it replies to and the time it came.
 */
final class BatchingBotApi extends Dispatcher {

  /** One sendMessage as the stand-in received it. */
  record Sent(long chatId, int replyTo, String text, long nanos) {}

  private final String token;
  private final int batch;
  private final NavigableMap<Integer, String> updates = new TreeMap<>();
  private final Map<Integer, Long> firstServed = new ConcurrentHashMap<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<Typing> typing = new CopyOnWriteArrayList<>();
  private volatile int lastOffset;

  BatchingBotApi(String token, int batch) {
    this.token = token;
    this.batch = batch;
  }

  synchronized void deliver(int updateId, String update) {
    updates.put(updateId, update);
  }

  List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** When the update was first handed to the bot, in System.nanoTime() terms; null if never. */
  Long firstServed(int updateId) {
    return firstServed.get(updateId);
  }

  /** The offset of the latest getUpdates: every update below it is confirmed. */
  int lastOffset() {
    return lastOffset;
  }

  /** One sendChatAction ("typing"), which the bot sends as it starts an answer. */
  record Typing(long chatId, long nanos) {}

  List<Typing> typing() {
    return List.copyOf(typing);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    String prefix = "/bot" + token + "/";
    if (!path.startsWith(prefix)) {
      return json(404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
    }
    Map<String, String> params = form(request.getBody() == null ? "" : request.getBody().utf8());
    return switch (path.substring(prefix.length())) {
      case "getMe" -> json(200, ScriptedBotApi.ME);
      case "getUpdates" -> json(200, updates(Integer.parseInt(params.getOrDefault("offset", "0"))));
      case "sendMessage" -> json(200, record(params));
      case "sendChatAction" -> {
        typing.add(new Typing(Long.parseLong(params.get("chat_id")), System.nanoTime()));
        yield json(200, "{\"ok\":true,\"result\":true}");
      }
      default -> json(200, "{\"ok\":true,\"result\":true}");
    };
  }

  private String updates(int offset) throws InterruptedException {
    lastOffset = offset;
    List<String> due = new ArrayList<>();
    long now = System.nanoTime();
    synchronized (this) {
      updates.headMap(offset, false).clear();
      for (Map.Entry<Integer, String> update : updates.entrySet()) {
        if (due.size() == batch) {
          break;
        }
        due.add(update.getValue());
        firstServed.putIfAbsent(update.getKey(), now);
      }
    }
    if (due.isEmpty()) {
      Thread.sleep(50); // a short long poll
    }
    return "{\"ok\":true,\"result\":[" + String.join(",", due) + "]}";
  }

  private String record(Map<String, String> params) {
    long now = System.nanoTime();
    String reply = params.get("reply_parameters");
    int replyTo = reply == null ? 0 : JsonParser.parseString(reply).getAsJsonObject().get("message_id").getAsInt();
    long chat = Long.parseLong(params.get("chat_id"));
    sent.add(new Sent(chat, replyTo, params.get("text"), now));
    JsonObject result = new JsonObject();
    result.addProperty("message_id", 1_000_000 + sent.size());
    result.addProperty("date", 0);
    JsonObject chatJson = new JsonObject();
    chatJson.addProperty("id", chat);
    chatJson.addProperty("type", "private");
    result.add("chat", chatJson);
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
  }
}
