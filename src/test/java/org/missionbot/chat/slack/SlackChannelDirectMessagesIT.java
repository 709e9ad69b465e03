package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A direct message is a question answered in the conversation; a bot's message or an edit is not. */
class SlackChannelDirectMessagesIT extends SlackChannelFixture {

  @Test
  void directMessageIsAQuestionAnsweredInTheConversation() throws Exception {
    start(Map.of());

    client.event(directMessage("Ev1", "D1", "How many Kenyan police officers arrived first?", ""));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("D1", post.form().get("channel"));
    assertNull(post.form().get("thread_ts"));
    assertTrue(post.form().get("text").length() > 0);
  }

  @Test
  void questionTheArticlesDontAnswerSaysSo() throws Exception {
    start(Map.of());

    client.event(directMessage("Ev1", "D1", "What is the best pizza in Naples?", ""));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertTrue(post.form().get("text").startsWith("The articles don't say."), post.form().get("text"));
    assertTrue(Files.readString(data.resolve("feedback.jsonl")).contains("\"answered\":false"));
  }

  @Test
  void botMessagesAndEditsAreAcknowledgedAndIgnored() throws Exception {
    start(Map.of());

    assertEquals(200, client.event(directMessage("Ev1", "D1", "How much has Canada pledged?", ",\"bot_id\":\"BBOT\"")).statusCode());
    assertEquals(200, client.event(directMessage("Ev2", "D1", "How much has Canada pledged?", ",\"bot_id\":\"B2\"")).statusCode());
    assertEquals(200, client.event(directMessage("Ev3", "D1", "How much has Canada pledged?",
        ",\"subtype\":\"message_changed\"")).statusCode());
    assertEquals(200, client.event(directMessage("Ev4", "D2", "Who is Jimmy Cherizier?", "")).statusCode());

    assertEquals("D2", slack.next("/api/chat.postMessage").form().get("channel"));
    assertNull(slack.within("/api/chat.postMessage", 500));
  }
}
