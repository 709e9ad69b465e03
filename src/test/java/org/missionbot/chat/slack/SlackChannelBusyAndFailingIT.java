package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.ChatCore;

/**
 * When the bot cannot answer, the asker is told so politely: too many questions queued, asking too fast,
 * or a failure while answering.
 */
class SlackChannelBusyAndFailingIT extends SlackChannelFixture {

  @Test
  void questionsBeyondTheQueueAreToldBusyInsteadOfBeingAcknowledgedAndLost() throws Exception {
    slack = new SlackStandIn();
    SlackSettings settings = settings(Map.of());
    channel = SlackChannel.create(settings, SlackChannel.core(bot, settings), null, 1);
    channel.start();
    client = new SignedClient(channel.port(), SECRET);
    slack.slowPostsTo("CSLOW", 1500);

    for (int i = 1; i <= 5; i++) { // four workers take four, one waits
      assertEquals(200, client.event(mention("Ev" + i, "CSLOW", "100." + i, null, "<@UBOT> Who is Jimmy Cherizier?"))
          .statusCode());
    }
    HttpResponse<String> command = client.form(command("How much has Canada pledged?", "c30"));
    assertEquals(200, client.event(mention("Ev6", "CSLOW", "100.6", null, "<@UBOT> Who is Jimmy Cherizier?")).statusCode());

    assertTrue(command.body().contains("answering a lot of questions right now"), command.body());
    List<String> posted = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      posted.add(slack.next("/api/chat.postMessage").form().get("text"));
    }
    assertEquals(1, posted.stream().filter(t -> t.contains("answering a lot of questions right now")).count(), posted.toString());
    assertNull(slack.within("/respond/c30", 300), "the refused command is not answered later");
  }

  @Test
  void failureWhileAnsweringPostsTheApologyInTheThread() throws Exception {
    start(Map.of());
    slack.failFirstPostTo("C9");

    client.event(mention("Ev1", "C9", "100.1", null, "<@UBOT> Who is Jimmy Cherizier?"));

    slack.next("/api/chat.postMessage");
    SlackStandIn.Call apology = slack.next("/api/chat.postMessage");
    assertEquals("100.1", apology.form().get("thread_ts"));
    assertEquals(ChatCore.FAILED, apology.form().get("text"));
  }

  @Test
  void askingTooFastGetsThePoliteRefusal() throws Exception {
    start(Map.of("SLACK_RATE_LIMIT", "1"));

    client.event(directMessage("Ev1", "D1", "Who is Jimmy Cherizier?", ""));
    slack.next("/api/chat.postMessage");
    client.event(directMessage("Ev2", "D1", "How much has Canada pledged?", ""));

    assertEquals(ChatCore.RATE_LIMITED, slack.next("/api/chat.postMessage").form().get("text"));
  }
}
