package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.Texts;
import org.missionbot.search.Language;
import org.missionbot.chat.telegram.BotApiEmulator.Chat;

/** Conversations with the real bot over long polling, against the telegram-test-api emulator. */
class TelegramConversationIT {

  private static final String TOKEN = "123456:emulator-token-AAAAAAAAAAAAAAAAAAAA";
  private static final String CANADA = "How much has Canada pledged?";

  @TempDir
  static Path home;
  private static MissionBot bot;
  private static BotApiEmulator emulator;
  private static TelegramChannel channel;

  @BeforeAll
  static void startBotAgainstEmulator() throws Exception {
    bot = RealBot.open(home);
    emulator = BotApiEmulator.start(TOKEN);
    TelegramSettings settings = TelegramSettings.fromEnv(Map.of("TELEGRAM_BOT_TOKEN", TOKEN,
        "TELEGRAM_API_URL", emulator.url()));
    ChatCore core = ChatCore.withDefaults(bot);
    FeedbackLog log = FeedbackLog.open(home.resolve("data/feedback.jsonl"), "test-key", FeedbackLog.DEFAULT_RETENTION,
        java.time.Clock.systemUTC());
    channel = TelegramChannel.create(settings, core, home.resolve("data/answered.txt"), null, Feedback.of(core, log, null));
    channel.start();
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (channel != null) {
      channel.stop();
    }
    if (emulator != null) {
      emulator.close();
    }
    if (bot != null) {
      bot.close();
    }
  }

  @Test
  void privateQuestionIsAnsweredWithQuoteAndCitationAsAReplyWithoutLinkPreview() throws Exception {
    Chat chat = new Chat(101, "private", 101);
    emulator.send(chat, CANADA);

    JsonObject reply = emulator.received(chat, 1).get(0);

    List<String> expected = TelegramRenderer.answer(bot.answer(CANADA));
    assertEquals(expected.get(0), reply.get("text").getAsString());
    assertTrue(reply.get("text").getAsString().contains("<blockquote>Ottawa has committed significant financial and "
        + "logistical resources, pledging <b>approximately $123 million</b> for the mission. This funding is directed "
        + "towards equipment, communications technology, and the establishment of a joint coordination centre.</blockquote>\n"
        + "[1] Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada \u2014 Associated Press, 25 Jun 2024"),
        reply.get("text").getAsString());
    assertEquals("HTML", reply.get("parse_mode").getAsString());
    assertTrue(json(reply, "link_preview_options").get("is_disabled").getAsBoolean());
    assertTrue(json(reply, "reply_parameters").get("message_id").getAsInt() > 0);
  }

  @Test
  void followUpInTheSameChatIsReadAgainstThePreviousQuestion() throws Exception {
    Chat chat = new Chat(102, "private", 102);
    emulator.send(chat, CANADA);
    emulator.received(chat, 1);
    emulator.send(chat, "and Kenya?");

    JsonObject reply = emulator.received(chat, 1).get(0);

    assertEquals(TelegramRenderer.answer(bot.answer("How much has Kenya pledged?")
        .withFirstLine("Reading that as: How much has Kenya pledged?")).get(0), reply.get("text").getAsString());
    assertTrue(reply.get("text").getAsString().startsWith("Reading that as: How much has Kenya pledged?\n"));
    assertNotEquals(TelegramRenderer.answer(bot.answer("and Kenya?")).get(0), reply.get("text").getAsString());
  }

  @Test
  void groupMessageWithoutMentionGetsSilenceAndAMentionGetsAnAnswer() throws Exception {
    Chat group = new Chat(-201, "group", 201);
    emulator.send(group, CANADA);
    Thread.sleep(1000);
    assertEquals(List.of(), emulator.unread(group));

    emulator.send(group, "@TestNameBot Who is Jimmy Cherizier?");
    JsonObject reply = emulator.received(group, 1).get(0);

    assertEquals(TelegramRenderer.answer(bot.answer("Who is Jimmy Cherizier?")).get(0), reply.get("text").getAsString());
    assertEquals(List.of(), emulator.unread(group));
  }

  @Test
  void askCommandInAGroupIsAnswered() throws Exception {
    Chat group = new Chat(-202, "supergroup", 202);
    emulator.send(group, "/ask@TestNameBot " + CANADA);

    JsonObject reply = emulator.received(group, 1).get(0);

    assertEquals(TelegramRenderer.answer(bot.answer(CANADA)).get(0), reply.get("text").getAsString());
  }

  @Test
  void anAnswerCarriesVoteButtonsAndAPersonsFirstTapIsLoggedOnce() throws Exception {
    Chat chat = new Chat(150, "private", 150);
    emulator.send(chat, CANADA);

    JsonObject answer = emulator.received(chat, 1).get(0);
    JsonArray row = answer.getAsJsonObject("reply_markup").getAsJsonArray("inline_keyboard").get(0).getAsJsonArray();
    assertEquals("\ud83d\udc4d Helpful", row.get(0).getAsJsonObject().get("text").getAsString());
    assertEquals("\ud83d\udc4e Not helpful", row.get(1).getAsJsonObject().get("text").getAsString());
    String up = row.get(0).getAsJsonObject().get("callback_data").getAsString();
    assertTrue(up.matches("vote:up:[0-9a-f-]{36}"), up);
    assertTrue(up.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64, "Telegram's limit for callback data");

    emulator.tap(chat, up);
    emulator.tap(chat, up);
    Path log = home.resolve("data/feedback.jsonl");
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    List<String> votes = List.of();
    while (votes.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      votes = java.nio.file.Files.readAllLines(log).stream().filter(l -> l.contains("\"kind\":\"vote\"")).toList();
    }
    Thread.sleep(500); // room for the second tap to show
    votes = java.nio.file.Files.readAllLines(log).stream().filter(l -> l.contains("\"kind\":\"vote\"")).toList();
    assertEquals(1, votes.size(), votes.toString());
    assertTrue(votes.get(0).contains("\"channel\":\"telegram\"") && votes.get(0).contains("\"vote\":\"up\"")
        && votes.get(0).contains(CANADA) && !votes.get(0).contains("tg:150"), votes.get(0));
    assertTrue(emulator.unread(chat).isEmpty(), "a vote is thanked in a toast, not a message");
  }

  @Test
  void startGreetsWithTheExamplesAsButtonsAndTappingOneAnswersIt() throws Exception {
    Chat chat = new Chat(103, "private", 103);
    emulator.send(chat, "/start");

    JsonObject greeting = emulator.received(chat, 1).get(0);
    assertEquals(ChatCore.GREETING, greeting.get("text").getAsString());
    JsonArray rows = greeting.getAsJsonObject("reply_markup").getAsJsonArray("inline_keyboard");
    assertEquals(3, rows.size());
    for (int i = 0; i < 3; i++) {
      JsonObject button = rows.get(i).getAsJsonArray().get(0).getAsJsonObject();
      assertEquals(ChatCore.EXAMPLES.get(i), button.get("text").getAsString());
      assertEquals("ask:en:" + i, button.get("callback_data").getAsString());
    }

    emulator.tap(chat, "ask:2"); // as buttons sent before they carried their language
    JsonObject answer = emulator.received(chat, 1).get(0);
    assertEquals(TelegramRenderer.answer(bot.answer(ChatCore.EXAMPLES.get(2))).get(0), answer.get("text").getAsString());
  }

  @Test
  void startForAPersonWhoseAppIsInFrenchGreetsInFrenchAndItsExamplesAreAnsweredInFrench() throws Exception {
    Chat chat = new Chat(108, "private", 108, "fr");
    emulator.send(chat, "/start");

    JsonObject greeting = emulator.received(chat, 1).get(0);
    assertEquals(Texts.get(Language.FRENCH, "greeting"), greeting.get("text").getAsString());
    assertTrue(greeting.get("text").getAsString().startsWith("Bonjour !"), greeting.get("text").getAsString());
    JsonArray rows = greeting.getAsJsonObject("reply_markup").getAsJsonArray("inline_keyboard");
    for (int i = 0; i < 3; i++) {
      JsonObject button = rows.get(i).getAsJsonArray().get(0).getAsJsonObject();
      assertEquals(Texts.examples(Language.FRENCH).get(i), button.get("text").getAsString());
      assertEquals("ask:fr:" + i, button.get("callback_data").getAsString());
    }

    emulator.tap(chat, "ask:fr:1");
    String answer = emulator.received(chat, 1).get(0).get("text").getAsString();
    assertTrue(answer.startsWith("Les articles sont en anglais ; je les cite tels quels."), answer);
    assertTrue(answer.contains("Associated Press, 25 juin 2024"), answer);
  }

  @Test
  void aFrenchQuestionGetsItsLeadNoteAndCitationDatesInFrenchAndTheHelpFollows() throws Exception {
    Chat chat = new Chat(109, "private", 109);
    emulator.send(chat, "Combien de policiers kényans sont arrivés en premier en Haïti ?");

    String answer = emulator.received(chat, 1).get(0).get("text").getAsString();

    assertTrue(answer.startsWith("Les articles sont en anglais ; je les cite tels quels.\n400 (25 juin 2024)"), answer);
    assertTrue(answer.contains("<blockquote>The first group of <b>400</b> Kenyan police officers landed"), answer);
    assertTrue(answer.contains("[1] Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada \u2014 "
        + "Associated Press, 25 juin 2024"), answer);
    assertFalse(answer.contains(" Jun 20"), "no date in English: " + answer);

    emulator.send(chat, "/help");
    String help = emulator.received(chat, 1).get(0).get("text").getAsString();
    assertTrue(help.startsWith(Texts.get(Language.FRENCH, "help") + "\n\nPar exemple :\n\u2022 Combien"), help);
    emulator.send(chat, "/sources");
    String sources = emulator.received(chat, 1).get(0).get("text").getAsString();
    assertTrue(sources.startsWith("<b>Les articles dont je tire mes réponses</b>\n1. Canada, under PM Mark Carney, "
        + "backs Kenya's Haiti mission at the UNGA \u2014 22 septembre 2025\n"), sources);
  }

  @Test
  void sourcesListsTheArticlesWithOutletAndDate() throws Exception {
    Chat chat = new Chat(104, "private", 104);
    emulator.send(chat, "/sources");

    String text = emulator.received(chat, 1).get(0).get("text").getAsString();

    assertEquals(TelegramRenderer.sources(bot.sources()).get(0), text);
    assertTrue(text.startsWith("<b>The articles I answer from</b>\n1. Canada, under PM Mark Carney, backs Kenya's Haiti mission at the UNGA \u2014 22 Sep 2025\n"), text);
    assertTrue(text.contains("Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada \u2014 "
        + "Associated Press, 25 Jun 2024"), text);
  }

  @Test
  void helpAndAboutSendTheCoreTexts() throws Exception {
    Chat chat = new Chat(105, "private", 105);
    emulator.send(chat, "/help");
    assertEquals(ChatCore.HELP + "\n\nFor example:\n\u2022 How much has Canada pledged?\n"
        + "\u2022 How many Kenyan police officers arrived first?\n\u2022 Who is Jimmy Cherizier?",
        emulator.received(chat, 1).get(0).get("text").getAsString());
    emulator.send(chat, "/about");
    assertEquals(ChatCore.ABOUT, emulator.received(chat, 1).get(0).get("text").getAsString());
  }

  @Test
  void aQuestionTheArticlesCannotAnswerGetsTheArticlesDontSay() throws Exception {
    Chat chat = new Chat(106, "private", 106);
    emulator.send(chat, "Who won the 2018 World Cup?");

    String text = emulator.received(chat, 1).get(0).get("text").getAsString();

    assertTrue(text.startsWith("The articles don't say."), text);
    assertEquals(TelegramRenderer.answer(bot.answer("Who won the 2018 World Cup?")).get(0), text);
  }

  @Test
  void aStickerInAPrivateChatGetsAskedForText() throws Exception {
    Chat chat = new Chat(107, "private", 107);
    emulator.sendSticker(chat);

    assertEquals(ChatCore.NOT_TEXT, emulator.received(chat, 1).get(0).get("text").getAsString());
  }

  private static JsonObject json(JsonObject message, String field) {
    return message.get(field).isJsonObject() ? message.getAsJsonObject(field)
        : JsonParser.parseString(message.get(field).getAsString()).getAsJsonObject();
  }
}
