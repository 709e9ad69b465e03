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

/**
 * Bolt middleware that acknowledges, and goes no further with, the events the bot must not answer:
 * an event it has already seen (Slack retries an event whose acknowledgement it missed), a slash
 * command whose trigger it has already seen (a signed request replayed verbatim), and messages from
 * bots (itself included) or with a subtype (edits, deletions, joins). Runs after Bolt has verified the
 * request, so a forged request cannot mark an event or a trigger as seen.
 */
final class EventGate implements Middleware {

  private final BoundedMemory<Boolean> seen;

  EventGate(int capacity) {
    this.seen = new BoundedMemory<>(capacity);
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req instanceof SlashCommandRequest command) {
      String trigger = command.getPayload() == null ? null : command.getPayload().getTriggerId();
      return trigger != null && !seen.putFirst("trigger:" + trigger, Boolean.TRUE) ? Response.ok() : chain.next(req);
    }
    if (req.getRequestType() != RequestType.Event) {
      return chain.next(req);
    }
    JsonObject payload = parse(req.getRequestBodyAsString());
    if (payload == null || ignored(payload.getAsJsonObject("event"))) {
      return Response.ok();
    }
    String eventId = text(payload, "event_id");
    if (eventId != null && !seen.putFirst(eventId, Boolean.TRUE)) {
      return Response.ok();
    }
    return chain.next(req);
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
