package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.telegram.ScriptedBotApi.Call;

/**
 * Updates that are not questions never stop the bot, and an inline query gets each quote of the answer
 * as a choice.
 */
class TelegramReliabilityUpdateKindsIT extends TelegramReliabilityFixture {

  @Test
  void updatesThatAreNotQuestionsNeverStopTheBot() throws Exception {
    api.deliver("{\"update_id\":1,\"edited_message\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":7,\"type\":\"private\"},"
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},\"text\":\"edited\"}}");
    api.deliver("{\"update_id\":2,\"channel_post\":{\"message_id\":2,\"date\":0,\"chat\":{\"id\":-9,\"type\":\"channel\"},"
        + "\"text\":\"news\"}}");
    api.deliver("{\"update_id\":3,\"message\":{\"message_id\":3,\"date\":0,\"chat\":{\"id\":-5,\"type\":\"group\"},"
        + "\"from\":{\"id\":8,\"is_bot\":false,\"first_name\":\"Bo\"},\"new_chat_members\":[{\"id\":9,\"is_bot\":false,"
        + "\"first_name\":\"Cy\"}]}}");
    api.deliver("{\"update_id\":4,\"message\":{\"message_id\":4,\"date\":0,\"chat\":{\"id\":-5,\"type\":\"group\"},"
        + "\"from\":{\"id\":8,\"is_bot\":false,\"first_name\":\"Bo\"},\"photo\":[{\"file_id\":\"p\",\"file_unique_id\":\"q\","
        + "\"width\":1,\"height\":1}]}}");
    api.deliver("{\"update_id\":5,\"message\":{\"message_id\":5,\"date\":0,\"chat\":{\"id\":7,\"type\":\"private\"},"
        + "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},\"voice\":{\"file_id\":\"v\",\"file_unique_id\":\"w\","
        + "\"duration\":2}}}");
    api.deliver(privateMessage(6, CANADA));
    start(Map.of());

    List<Call> sends = api.await("sendMessage", 2);
    awaitOffset(7);

    assertEquals(ChatCore.NOT_TEXT, sends.get(0).params().get("text"));
    assertEquals(expected(CANADA), sends.get(1).params().get("text"));
    assertEquals(2, api.calls("sendMessage").size());
  }

  @Test
  void inlineQueryOffersEachQuoteAsAChoice() throws Exception {
    api.deliver("{\"update_id\":1,\"inline_query\":{\"id\":\"iq1\",\"from\":{\"id\":7,\"is_bot\":false,"
        + "\"first_name\":\"Ann\"},\"query\":\"" + CANADA + "\",\"offset\":\"\"}}");
    start(Map.of());

    Call call = api.await("answerInlineQuery", 1).get(0);

    assertEquals("iq1", call.params().get("inline_query_id"));
    JsonArray results = JsonParser.parseString(call.params().get("results")).getAsJsonArray();
    List<InlineChoice> choices = TelegramRenderer.inline(bot.answer(CANADA));
    assertEquals(choices.size(), results.size());
    for (int i = 0; i < choices.size(); i++) {
      JsonObject result = results.get(i).getAsJsonObject();
      assertEquals(choices.get(i).title(), result.get("title").getAsString());
      assertEquals(choices.get(i).description(), result.get("description").getAsString());
      JsonObject content = result.getAsJsonObject("input_message_content");
      assertEquals(choices.get(i).html(), content.get("message_text").getAsString());
      assertEquals("HTML", content.get("parse_mode").getAsString());
    }
  }
}
