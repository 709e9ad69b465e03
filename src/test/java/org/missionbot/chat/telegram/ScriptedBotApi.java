package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Bot API stand-in for MockWebServer: it serves queued updates the way Telegram does (only those at
 * or after the offset), answers every method with ok unless a reply was scripted for it, and records
 * each call with its form parameters and time.
 */
final class ScriptedBotApi extends Dispatcher {

  static final String ME = "{\"ok\":true,\"result\":{\"id\":666,\"is_bot\":true,\"first_name\":\"Mission\","
      + "\"username\":\"MissionTestBot\"}}";
  private static final Pattern UPDATE_ID = Pattern.compile("^\\{\"update_id\":(\\d+)");

  private final String token;
  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Deque<MockResponse>> scripted = new HashMap<>();
  private final Map<Integer, String> updates = new LinkedHashMap<>();

  ScriptedBotApi(String token) {
    this.token = token;
  }

  /** One Bot API call as the server saw it. */
  record Call(String method, Map<String, String> params, long nanos) {}

  /** Telegram will deliver this update (JSON starting with {"update_id":N). */
  synchronized void deliver(String update) {
    Matcher id = UPDATE_ID.matcher(update);
    if (!id.find()) {
      throw new IllegalArgumentException("no update_id first: " + update);
    }
    updates.put(Integer.parseInt(id.group(1)), update);
  }

  /** The next call of {@code method} gets this reply instead of ok. */
  synchronized void script(String method, int code, String body) {
    scripted.computeIfAbsent(method, m -> new ArrayDeque<>())
        .add(new MockResponse.Builder().code(code).body(body).build());
  }

  /** The next call of {@code method} for this chat gets this reply instead of ok. */
  synchronized void script(String method, long chatId, int code, String body) {
    script(method + ":" + chatId, code, body);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until {@code method} was called {@code count} times, and returns those calls. */
  List<Call> await(String method, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (calls(method).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    List<Call> found = calls(method);
    if (found.size() < count) {
      fail("expected " + count + " " + method + " calls, got " + found);
    }
    return found;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    String prefix = "/bot" + token + "/";
    if (!path.startsWith(prefix)) {
      return new MockResponse.Builder().code(404).body("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}")
          .build();
    }
    String method = path.substring(prefix.length());
    Map<String, String> params = form(request.getBody() == null ? "" : request.getBody().utf8());
    MockResponse scriptedReply;
    synchronized (this) {
      calls.add(new Call(method, params, System.nanoTime()));
      scriptedReply = next(method + ":" + params.get("chat_id"));
      scriptedReply = scriptedReply != null ? scriptedReply : next(method);
    }
    return scriptedReply != null ? scriptedReply : ok(method, params);
  }

  private MockResponse next(String key) {
    Deque<MockResponse> queue = scripted.get(key);
    return queue == null ? null : queue.poll();
  }

  private MockResponse ok(String method, Map<String, String> params) throws InterruptedException {
    return switch (method) {
      case "getMe" -> json(ME);
      case "getUpdates" -> json(updates(Integer.parseInt(params.getOrDefault("offset", "0")),
          Integer.parseInt(params.getOrDefault("limit", "100"))));
      case "sendMessage" -> json("{\"ok\":true,\"result\":{\"message_id\":" + (1000 + calls.size())
          + ",\"date\":0,\"chat\":{\"id\":" + params.get("chat_id") + ",\"type\":\"private\"}}}");
      default -> json("{\"ok\":true,\"result\":true}");
    };
  }

  /**
   * Like Telegram: the oldest {@code limit} (1 to 100) updates at or after the offset, which confirms
   * (forgets) those before it.
   */
  private String updates(int offset, int limit) throws InterruptedException {
    List<String> due;
    synchronized (this) {
      updates.keySet().removeIf(id -> offset > 0 && id < offset);
      due = updates.entrySet().stream().sorted(Map.Entry.comparingByKey()).limit(Math.clamp(limit, 1, 100))
          .map(Map.Entry::getValue).toList();
    }
    if (due.isEmpty()) {
      Thread.sleep(100); // a short long poll
    }
    return "{\"ok\":true,\"result\":[" + String.join(",", due) + "]}";
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }

  private static Map<String, String> form(String body) {
    return org.missionbot.FormBody.fields(body);
  }
}
