package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.Texts;
import org.missionbot.search.Language;

/**
 * The App Home tab shows how to ask and the sources, and a person is greeted, answered and shown it in
 * their Slack's language.
 */
class SlackChannelHomeAndLanguageIT extends SlackChannelFixture {

  @Test
  void aPersonWhoseSlackIsInFrenchIsGreetedAnsweredAndShownTheHomeTabInFrench() throws Exception {
    start(Map.of());
    slack.userLocale("U1", "fr-FR");

    client.event(mention("Ev1", "C1", "100.1", null, "<@UBOT>"));
    SlackStandIn.Call asked = slack.next("/api/users.info");
    assertEquals(Map.of("user", "U1", "include_locale", "1"), asked.form(), asked.body());
    String greeting = slack.next("/api/chat.postMessage").form().get("text");
    assertEquals(Texts.get(Language.FRENCH, "greeting"), greeting);

    client.event(mention("Ev2", "C1", "100.2", null, "<@UBOT> Ruto ?"));
    String blocks = slack.next("/api/chat.postMessage").form().get("blocks");
    assertTrue(blocks.contains("Les articles sont en anglais"), "a name alone is read in the person's language: " + blocks);

    client.event(mention("Ev3", "C1", "100.3", null, "<@UBOT> Combien de policiers kényans sont arrivés en premier ?"));
    blocks = slack.next("/api/chat.postMessage").form().get("blocks");
    assertTrue(blocks.contains("Associated Press \u00b7 25 juin 2024"), blocks);
    assertTrue(blocks.contains("\ud83d\udc4d Utile"), blocks);
    assertNull(slack.within("/api/users.info", 200), "the locale is asked once a person");

    client.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev4\",\"event_time\":1,"
        + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.1\"}}");
    String view = slack.next("/api/views.publish").form().get("view");
    assertTrue(view.contains("Comment poser une question") && view.contains("25 juin 2024"), view);
  }

  @Test
  void openingTheAppHomePublishesHowToAskAndTheSources() throws Exception {
    start(Map.of());

    client.event("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"Ev1\",\"event_time\":1,"
        + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\",\"event_ts\":\"1.1\"}}");

    SlackStandIn.Call publish = slack.next("/api/views.publish");
    assertEquals("U1", publish.form().get("user_id"));
    JsonObject view = JsonParser.parseString(publish.form().get("view")).getAsJsonObject();
    assertEquals("home", view.get("type").getAsString());
    assertTrue(view.toString().contains("How to ask") && view.toString().contains("25 Jun 2024"), view.toString());
  }
}
