package org.missionbot.chat.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.missionbot.chat.shared.SharedStore;

/**
 * Bolt middleware that acknowledges, and goes no further with, the events the bot must not answer:
 * an event it has already seen (Slack retries an event whose acknowledgement it missed), a slash
 * command whose trigger it has already seen (a signed request replayed verbatim), and messages from
 * bots (itself included) or with a subtype (edits, deletions, joins). Runs after Bolt has verified the
 * request, so a forged request cannot mark an event or a trigger as seen. With a {@link SharedStore}
 * what was seen is shared by all replicas (for an hour), so a retry reaching another replica is dropped too.
 */
final class EventGate implements Middleware {

  /** How long an event or trigger is remembered across replicas: Slack retries within minutes. */
  static final java.time.Duration REMEMBERED = java.time.Duration.ofHours(1);

  private final BoundedMemory<Boolean> seen;
  private final SharedStore shared;

  EventGate(int capacity) {
    this(capacity, null);
  }

  /** A gate that shares what it has seen through {@code shared} (null: this process only). */
  EventGate(int capacity, SharedStore shared) {
    this.seen = new BoundedMemory<>(capacity, REMEMBERED);
    this.shared = shared;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req instanceof SlashCommandRequest command) {
      String trigger = command.getPayload() == null ? null : command.getPayload().getTriggerId();
      return trigger != null && !firstSeen("trigger:" + trigger) ? Response.ok() : chain.next(req);
    }
    if (req.getRequestType() != RequestType.Event) {
      return chain.next(req);
    }
    JsonObject payload = parse(req.getRequestBodyAsString());
    if (payload == null || ignored(payload.getAsJsonObject("event"))) {
      return Response.ok();
    }
    String eventId = text(payload, "event_id");
    if (eventId != null && !firstSeen("event:" + eventId)) {
      return Response.ok();
    }
    return chain.next(req);
  }

  /**
   * Whether this is the first time any replica sees the key; with Redis unavailable, whether this
   * process sees it first.
   */
  private boolean firstSeen(String key) {
    boolean first = seen.putFirst(key, Boolean.TRUE);
    if (shared != null) {
      try {
        return shared.setIfAbsent(SharedStore.key("slack", key), "1", REMEMBERED);
      } catch (SharedStore.Unavailable e) {
        // this process's memory
      }
    }
    return first;
  }

  /** Whether an event is a message the bot must not answer: a bot's, or one with a subtype. */
  static boolean ignored(JsonObject event) {
    if (event == null || !"message".equals(text(event, "type"))) {
      return false;
    }
    return text(event, "subtype") != null || text(event, "bot_id") != null;
  }

  private static JsonObject parse(String body) {
    try {
      JsonElement json = JsonParser.parseString(body);
      return json.isJsonObject() ? json.getAsJsonObject() : null;
    } catch (JsonParseException e) {
      return null;
    }
  }

  private static String text(JsonObject object, String name) {
    JsonElement value = object.get(name);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }
}
