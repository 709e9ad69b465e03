package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pengrad.telegrambot.utility.BotUtils;
import org.junit.jupiter.api.Test;

class IntentReaderTest {

  private final IntentReader reader = new IntentReader(666, "MissionBot");

  @Test
  void anyTextInAPrivateChatIsAQuestion() {
    assertEquals(new Intent(Intent.Kind.MESSAGE, 7, 42, "tg:7", "How much has Canada pledged?"),
        read(message("private", 7, "\"text\":\"How much has Canada pledged?\"")));
  }

  @Test
  void aGroupMessageWithoutMentionOrReplyIsLeftAlone() {
    assertEquals(Intent.IGNORE, read(message("group", -100, "\"text\":\"How much has Canada pledged?\"")));
  }

  @Test
  void aGroupMessageMentioningTheBotIsAQuestionWithoutTheMention() {
    assertEquals(new Intent(Intent.Kind.MESSAGE, -100, 42, "tg:7", "How much has Canada pledged?"),
        read(message("supergroup", -100, "\"text\":\"@missionbot How much has Canada pledged?\"")));
  }

  @Test
  void aGroupReplyToTheBotIsAQuestion() {
    String reply = "\"text\":\"and Kenya?\",\"reply_to_message\":{\"message_id\":41,\"from\":{\"id\":666,\"is_bot\":true,"
        + "\"first_name\":\"Bot\"},\"chat\":{\"id\":-100,\"type\":\"group\"},\"text\":\"...\"}";
    assertEquals(new Intent(Intent.Kind.MESSAGE, -100, 42, "tg:7", "and Kenya?"), read(message("group", -100, reply)));
  }

  @Test
  void askCommandWorksInGroupsAndMayNameTheBot() {
    assertEquals(new Intent(Intent.Kind.MESSAGE, -100, 42, "tg:7", "/ask Who is Jimmy Cherizier?"),
        read(message("group", -100, "\"text\":\"/ask@MissionBot Who is Jimmy Cherizier?\"")));
  }

  @Test
  void aCommandForAnotherBotIsLeftAlone() {
    assertEquals(Intent.IGNORE, read(message("group", -100, "\"text\":\"/start@OtherBot\"")));
  }

  @Test
  void commandsReachTheCoreWithoutTheBotsName() {
    assertEquals("/start", read(message("private", 7, "\"text\":\"/start\"")).text());
    assertEquals("/sources", read(message("group", -100, "\"text\":\"/sources@MissionBot\"")).text());
    assertEquals("/help", read(message("group", -100, "\"text\":\"/help\"")).text(), "a command the bot knows");
    assertEquals("/foo", read(message("private", 7, "\"text\":\"/foo\"")).text(), "the core says it is unknown");
    assertEquals("/foo x", read(message("group", -100, "\"text\":\"/foo@MissionBot   x\"")).text());
  }

  @Test
  void aCommandTheBotDoesNotKnowInAGroupMayBeAnotherBotsAndIsLeftAlone() {
    assertEquals(Intent.IGNORE, read(message("group", -100, "\"text\":\"/foo\"")));
  }

  @Test
  void aStickerInAPrivateChatIsNotText() {
    assertEquals(new Intent(Intent.Kind.NOT_TEXT, 7, 42, "tg:7", ""),
        read(message("private", 7, "\"sticker\":{\"file_id\":\"x\",\"file_unique_id\":\"y\",\"width\":1,\"height\":1}")));
  }

  @Test
  void theAskersAppLanguageTravelsWithTheQuestion() {
    String update = "{\"update_id\":1,\"message\":{\"message_id\":42,\"from\":{\"id\":7,\"is_bot\":false,"
        + "\"first_name\":\"Ann\",\"language_code\":\"fr\"},\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"Ruto ?\"}}";

    Intent intent = read(update);

    assertEquals(Intent.Kind.MESSAGE, intent.kind());
    assertEquals("fr", intent.language());
    assertEquals(null, read(message("private", 7, "\"text\":\"Ruto?\"")).language());
  }

  @Test
  void photosInGroupsMembersJoiningEditsAndChannelPostsAreLeftAlone() {
    assertEquals(Intent.IGNORE, read(message("group", -100, "\"photo\":[]")));
    assertEquals(Intent.IGNORE, read(message("group", -100, "\"new_chat_members\":[{\"id\":9,\"is_bot\":false,\"first_name\":\"N\"}]")));
    assertEquals(Intent.IGNORE, reader.read(BotUtils.parseUpdate("{\"update_id\":1,\"edited_message\":"
        + "{\"message_id\":42,\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hi\"}}")));
    assertEquals(Intent.IGNORE, reader.read(BotUtils.parseUpdate("{\"update_id\":1,\"channel_post\":"
        + "{\"message_id\":42,\"chat\":{\"id\":-5,\"type\":\"channel\"},\"text\":\"hi\"}}")));
  }

  private Intent read(String update) {
    return reader.read(BotUtils.parseUpdate(update));
  }

  private static String message(String chatType, long chatId, String content) {
    return "{\"update_id\":1,\"message\":{\"message_id\":42,\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Ann\"},"
        + "\"chat\":{\"id\":" + chatId + ",\"type\":\"" + chatType + "\"}," + content + "}}";
  }
}
