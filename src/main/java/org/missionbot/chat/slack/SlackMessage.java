package org.missionbot.chat.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A message ready for Slack.
 *
 * @param text the plain fallback shown in notifications and by clients without Block Kit
 * @param blocks the Block Kit blocks
 */
record SlackMessage(String text, JsonArray blocks) {

  /** The blocks as the JSON array that chat.postMessage takes. */
  String blocksJson() {
    return blocks.toString();
  }

  /** The body to post to a response_url: ephemeral or in the channel. */
  String responsePayload(boolean inChannel) {
    JsonObject payload = new JsonObject();
    payload.addProperty("response_type", inChannel ? "in_channel" : "ephemeral");
    payload.addProperty("replace_original", false);
    payload.addProperty("text", text);
    payload.add("blocks", blocks);
    return payload.toString();
  }
}
