package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A mention is answered in its thread, and a reply in a thread the bot answered in is the follow-up of
 * that thread's question; other channel messages are acknowledged and left alone.
 */
class SlackChannelThreadsIT extends SlackChannelFixture {

  @Test
  void mentionIsAnsweredInItsThreadWithQuotesAndVoteButtons() throws Exception {
    start(Map.of());

    assertEquals(200, client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?")).statusCode());

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("C1", post.form().get("channel"));
    assertEquals("100.1", post.form().get("thread_ts"));
    assertTrue(post.form().get("text").contains("$123 million"), post.form().get("text"));
    JsonArray blocks = JsonParser.parseString(post.form().get("blocks")).getAsJsonArray();
    assertTrue(blocks.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().startsWith("> "));
    assertEquals("context", blocks.get(2).getAsJsonObject().get("type").getAsString());
    assertEquals("actions", blocks.get(blocks.size() - 1).getAsJsonObject().get("type").getAsString());
  }

  @Test
  void mentionInTheThreadIsAFollowUpOfTheThreadsQuestion() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    client.event(mention("Ev2", "C1", "100.5", "100.1", "<@UBOT> and Kenya?"));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("100.1", post.form().get("thread_ts"));
    List<String> log = Files.readAllLines(data.resolve("feedback.jsonl"));
    assertEquals(2, log.size());
    assertEquals("How much has Kenya pledged?", JsonParser.parseString(log.get(1)).getAsJsonObject().get("question").getAsString());
  }

  @Test
  void plainReplyInTheBotsThreadIsAnsweredThereAsTheFollowUpOfItsQuestion() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "100.5", "100.1", "and Kenya?", "")).statusCode());

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("C1", post.form().get("channel"));
    assertEquals("100.1", post.form().get("thread_ts"));
    SlackMessage expected = SlackRenderer.answer(bot.answer("How much has Kenya pledged?")
        .withFirstLine("Reading that as: How much has Kenya pledged?"), "id", false);
    assertEquals(expected.text(), post.form().get("text"));
    assertEquals(withoutButtons(expected.blocks()), withoutButtons(JsonParser.parseString(post.form().get("blocks")).getAsJsonArray()));
    List<String> log = Files.readAllLines(data.resolve("feedback.jsonl"));
    assertEquals("How much has Kenya pledged?", JsonParser.parseString(log.get(1)).getAsJsonObject().get("question").getAsString());
  }

  @Test
  void plainReplyInAPrivateChannelThreadOfTheBotIsAFollowUpToo() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "G1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    client.event(channelMessage("Ev2", "group", "G1", "100.5", "100.1", "and Kenya?", ""));

    SlackStandIn.Call post = slack.next("/api/chat.postMessage");
    assertEquals("G1", post.form().get("channel"));
    assertEquals("100.1", post.form().get("thread_ts"));
    assertEquals(SlackRenderer.answer(bot.answer("How much has Kenya pledged?")
        .withFirstLine("Reading that as: How much has Kenya pledged?"), "id", false).text(), post.form().get("text"));
  }

  @Test
  void plainReplyInAThreadTheBotNeverAnsweredInGetsNothing() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "200.5", "200.1", "and Kenya?", "")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev3", "channel", "C2", "100.5", "100.1", "and Kenya?", "")).statusCode());

    assertNull(slack.within("/api/chat.postMessage", 500));
  }

  @Test
  void otherChannelMessagesAreAcknowledgedAndIgnored() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "300.1", null, "How much has Kenya pledged?", "")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev3", "channel", "C1", "100.1", "100.1", "How much?", "")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev4", "channel", "C1", "100.6", "100.1", "$123 million",
        ",\"bot_id\":\"BBOT\"")).statusCode());
    assertEquals(200, client.event(channelMessage("Ev5", "channel", "C1", "100.7", "100.1", "and Kenya?",
        ",\"subtype\":\"thread_broadcast\"")).statusCode());

    assertNull(slack.within("/api/chat.postMessage", 500));
  }

  @Test
  void threadReplyMentioningTheBotSentAsMessageAndAppMentionIsAnsweredOnce() throws Exception {
    start(Map.of());
    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT> How much has Canada pledged?"));
    slack.next("/api/chat.postMessage");

    assertEquals(200, client.event(channelMessage("Ev2", "channel", "C1", "100.5", "100.1", "<@UBOT> and Kenya?", "")).statusCode());
    assertEquals(200, client.event(mention("Ev3", "C1", "100.5", "100.1", "<@UBOT> and Kenya?")).statusCode());

    assertEquals("100.1", slack.next("/api/chat.postMessage").form().get("thread_ts"));
    assertNull(slack.within("/api/chat.postMessage", 1000));
    assertEquals(2, Files.readAllLines(data.resolve("feedback.jsonl")).size());
  }

  /** The blocks without the last, the buttons, whose answer id is new each time. */
  private static JsonArray withoutButtons(JsonArray blocks) {
    JsonArray copy = blocks.deepCopy();
    copy.remove(copy.size() - 1);
    return copy;
  }
}
