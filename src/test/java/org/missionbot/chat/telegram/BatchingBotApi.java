package org.missionbot.chat.telegram;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Bot API stand-in for load, on the JDK's HTTP server on 127.0.0.1 (MockWebServer takes some 45 ms a
 * call on the test machine, which would measure the stand-in rather than the bot): it serves the queued updates at or after the offset in batches of at
 * most {@code batch} (as Telegram serves at most 100), notes when each update was first served, and
 * records every sendMessage with the chat, the message it replies to and the time it came.
 */
final class BatchingBotApi implements AutoCloseable {

  /** One sendMessage as the stand-in received it. */
  record Sent(long chatId, int replyTo, String text, long nanos) {}

  private final String token;
  private final int batch;
  private final NavigableMap<Integer, String> updates = new TreeMap<>();
  private final Map<Integer, Long> firstServed = new ConcurrentHashMap<>();
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final List<Typing> typing = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpServer server;
  private final Map<Long, Integer> throttled = new ConcurrentHashMap<>();
  private volatile int lastOffset;
  private volatile long typingDelayMillis;

  BatchingBotApi(String token, int batch) throws IOException {
    this.token = token;
    this.batch = batch;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The address for TELEGRAM_API_URL. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
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

  /** From now on, each sendChatAction is answered only after {@code millis}: the bot waits mid-answer. */
  void slowTyping(long millis) {
    typingDelayMillis = millis;
  }

  /** The next sendMessage to the chat gets 429 with Telegram's {@code retry_after} of {@code seconds}. */
  void throttleOnce(long chatId, int seconds) {
    throttled.put(chatId, seconds);
  }

  List<Typing> typing() {
    return List.copyOf(typing);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getRawPath();
      String prefix = "/bot" + token + "/";
      if (!path.startsWith(prefix)) {
        respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      Map<String, String> params = form(body);
      Integer retryAfter = path.endsWith("/sendMessage") && params.get("chat_id") != null
          ? throttled.remove(Long.parseLong(params.get("chat_id"))) : null;
      if (retryAfter != null) {
        respond(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
            + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
        return;
      }
      respond(exchange, 200, reply(path.substring(prefix.length()), params));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String reply(String method, Map<String, String> params) throws InterruptedException {
    return switch (method) {
      case "getMe" -> ScriptedBotApi.ME;
      case "getUpdates" -> updates(Integer.parseInt(params.getOrDefault("offset", "0")));
      case "sendMessage" -> record(params);
      case "sendChatAction" -> {
        typing.add(new Typing(Long.parseLong(params.get("chat_id")), System.nanoTime()));
        Thread.sleep(typingDelayMillis);
        yield "{\"ok\":true,\"result\":true}";
      }
      default -> "{\"ok\":true,\"result\":true}";
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

  private static void respond(HttpExchange exchange, int code, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> form(String body) {
    return org.missionbot.FormBody.fields(body);
  }
}
