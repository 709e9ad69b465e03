package org.missionbot.chat.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A local stand-in for Slack's Web API and response URLs that records what the bot sends: answers
 * {@code auth.test} for a bot called UBOT, accepts every other call, and fails the first
 * chat.postMessage to a channel named in {@code failingChannels}.
 */
final class SlackStandIn implements AutoCloseable {

  /** A call the bot made: its path and its form fields, or its JSON body. */
  record Call(String path, Map<String, String> form, String body) {

    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final Map<String, BlockingQueue<Call>> calls = new ConcurrentHashMap<>();
  private final Set<String> failingChannels = ConcurrentHashMap.newKeySet();
  private final Map<String, String> locales = new ConcurrentHashMap<>();
  private final Map<String, Long> slowChannels = new ConcurrentHashMap<>();
  private final BlockingQueue<String> fromSocket = new LinkedBlockingQueue<>();
  private final BlockingQueue<WebSocket> sockets = new LinkedBlockingQueue<>();
  private final Set<WebSocket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean socketMode;
  private volatile String authTest = "{\"ok\":true,\"url\":\"https://t.slack.com/\",\"team\":\"Test\",\"user\":\"missionbot\","
      + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}";

  SlackStandIn() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    server.start();
  }

  /** The Web API's address, for SLACK_API_URL. */
  String apiUrl() {
    return server.url("/api/").toString();
  }

  /** A response_url for a command or button. */
  String responseUrl(String name) {
    return server.url("/respond/" + name).toString();
  }

  void rejectTokens() {
    authTest = "{\"ok\":false,\"error\":\"invalid_auth\"}";
  }

  /** Lets the bot open Socket Mode: apps.connections.open gives it a WebSocket on this server. */
  void acceptSocketMode() {
    socketMode = true;
  }

  /** The bot's Socket Mode connection, once it has been greeted; waits up to 10 seconds. */
  WebSocket socket() throws InterruptedException {
    WebSocket socket = sockets.poll(10, TimeUnit.SECONDS);
    if (socket == null) {
      throw new AssertionError("the bot opened no Socket Mode connection");
    }
    return socket;
  }

  /** The next message the bot sent over Socket Mode (an acknowledgement), waiting up to 10 seconds. */
  String fromSocket() throws InterruptedException {
    String message = fromSocket.poll(10, TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("the bot sent nothing over Socket Mode");
    }
    return message;
  }

  /** Makes users.info give this locale ("fr-FR") for the user when asked with include_locale. */
  void userLocale(String user, String locale) {
    locales.put(user, locale);
  }

  /** Makes every chat.postMessage to the channel take this long, as a slow Slack would. */
  void slowPostsTo(String channel, long millis) {
    slowChannels.put(channel, millis);
  }

  void failFirstPostTo(String channel) {
    failingChannels.add(channel);
  }

  /** The next call to {@code path}, waiting up to 10 seconds; fails when none comes. */
  Call next(String path) throws InterruptedException {
    Call call = queue(path).poll(10, TimeUnit.SECONDS);
    if (call == null) {
      throw new AssertionError("the bot made no call to " + path);
    }
    return call;
  }

  /** The next call to {@code path} within {@code millis}, or null. */
  Call within(String path, long millis) throws InterruptedException {
    return queue(path).poll(millis, TimeUnit.MILLISECONDS);
  }

  private MockResponse answer(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    Call call = new Call(path, form(body), body);
    String response = "{\"ok\":true,\"ts\":\"200.1\"}";
    if (path.equals("/socket")) {
      return new MockResponse.Builder().webSocketUpgrade(new Greeter()).build();
    } else if (path.equals("/api/apps.connections.open")) {
      response = socketMode ? "{\"ok\":true,\"url\":\"" + server.url("/socket").toString().replace("http:", "ws:") + "\"}"
          : "{\"ok\":false,\"error\":\"invalid_auth\"}";
    } else if (path.equals("/api/auth.test")) {
      response = authTest;
    } else if (path.equals("/api/users.info")) {
      String user = call.form().get("user");
      String locale = Set.of("1", "true").contains(String.valueOf(call.form().get("include_locale"))) ? locales.get(user) : null;
      response = "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"name\":\"ann\""
          + (locale == null ? "" : ",\"locale\":\"" + locale + "\"") + "}}";
    } else if (path.equals("/api/chat.postMessage") && slowChannels.containsKey(call.form().get("channel"))) {
      try {
        Thread.sleep(slowChannels.get(call.form().get("channel")));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else if (path.equals("/api/chat.postMessage") && failingChannels.remove(call.form().get("channel"))) {
      response = "{\"ok\":false,\"error\":\"channel_not_found\"}";
    }
    queue(path).add(call);
    return new MockResponse(200, Headers.of("Content-Type", "application/json"), response);
  }

  /** Slack's side of a Socket Mode connection: says hello, then records what the bot sends. */
  private final class Greeter extends WebSocketListener {
    @Override
    public void onOpen(WebSocket socket, Response response) {
      socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"local\"},"
          + "\"connection_info\":{\"app_id\":\"A1\"}}");
      open.add(socket);
      sockets.add(socket);
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      fromSocket.add(text);
    }
  }

  private BlockingQueue<Call> queue(String path) {
    return calls.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body.startsWith("{")) {
      return fields;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return fields;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    open.forEach(socket -> socket.close(1000, "bye"));
    server.close();
  }
}
