package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.ConsoleChat;
import org.missionbot.chat.Message;
import org.missionbot.chat.MissionBot;
import org.missionbot.chat.Reply;

/**
 * The same 20 messages (empty, commands, small talk, questions, follow-ups, French) sent to the console,
 * to Telegram (webhook updates) and to Slack (signed direct-message events), each channel as {@code serve}
 * or the console configures it, give the same replies up to markup: every part of the reply the core
 * reads for the message (the greeting and its examples, the help, each article of the list, the notice,
 * the answer's lead, each quote and its headline and date) appears in each channel's reply, in order,
 * once its markup is taken off.
 */
class SameRepliesOnEveryChannelIT {

  /** The messages, in order, and the kind of reply each is read as. */
  private static final List<String> MESSAGES = List.of(
      "",
      "/start",
      "/help",
      "How much has Canada pledged?",
      "and Kenya?",
      "/sources",
      "/about",
      "/foo",
      "hello",
      "thanks!",
      "Who is Jimmy Cherizier?",
      "What is the capital of France?",
      "When did the first Kenyan police officers arrive in Haiti?",
      "and how many?",
      "Combien le Canada a-t-il promis ?",
      "/help",
      "?",
      "/ask Who leads the mission?",
      "/ask",
      "sources");
  private static final List<Class<? extends Reply>> KINDS = List.of(
      Reply.Greeting.class, Reply.Greeting.class, Reply.Help.class, Reply.Answered.class, Reply.Answered.class,
      Reply.Sources.class, Reply.Notice.class, Reply.Notice.class, Reply.Answered.class, Reply.Answered.class,
      Reply.Answered.class, Reply.Answered.class, Reply.Answered.class, Reply.Answered.class, Reply.Answered.class,
      Reply.Help.class, Reply.Help.class, Reply.Answered.class, Reply.Greeting.class, Reply.Sources.class);

  @TempDir
  Path home;

  private BothChannelsOnOneServer both;
  private MissionBot bot;

  @BeforeEach
  void startBothChannelsOnOneServer() throws Exception {
    both = new BothChannelsOnOneServer(home);
    bot = both.bot();
  }

  @AfterEach
  void stopAll() throws Exception {
    if (both != null) {
      both.close();
    }
  }

  @Test
  void theSameMessagesGetTheSameRepliesOnTheConsoleTelegramAndSlack() throws Exception {
    assertEquals(MESSAGES.size(), KINDS.size());
    assertEquals(20, MESSAGES.size());
    List<Reply> expected = coreReplies();
    List<String> console = console();
    List<String> telegram = new ArrayList<>();
    List<String> slack = new ArrayList<>();
    for (int i = 0; i < MESSAGES.size(); i++) {
      telegram.add(telegram(i, MESSAGES.get(i)));
      slack.add(slack(i, MESSAGES.get(i)));
    }

    for (int i = 0; i < MESSAGES.size(); i++) {
      Reply reply = expected.get(i);
      String shown = i + ": \"" + MESSAGES.get(i) + "\" read as " + reply.getClass().getSimpleName();
      assertEquals(KINDS.get(i), reply.getClass(), shown);
      List<List<String>> parts = parts(reply);
      assertFalse(parts.isEmpty(), shown);
      assertInOrder(parts, console.get(i), shown + " on the console");
      assertInOrder(parts, telegram.get(i), shown + " on Telegram");
      assertInOrder(parts, slack.get(i), shown + " on Slack");
    }
    assertTrue(parts(expected.get(4)).get(0).get(0).startsWith("Reading that as: "),
        "the follow-up says how it was read: " + parts(expected.get(4)));
    assertTrue(parts(expected.get(15)).get(0).get(0).startsWith("Posez-moi"), "help after a French question is in French");
  }

  /** What the core reads each message as, asked in one conversation in order, as every channel does. */
  private List<Reply> coreReplies() {
    ChatCore core = ChatCore.forConsole(bot);
    return MESSAGES.stream().map(m -> core.handle(Message.of("reference", "reference", m))).toList();
  }

  /** The console's reply to each message: what it printed between one prompt and the next. */
  private List<String> console() throws IOException {
    StringWriter out = new StringWriter();
    String input = String.join("\n", MESSAGES) + "\n";
    new ConsoleChat(ChatCore.forConsole(bot), new BufferedReader(new StringReader(input)), new PrintWriter(out)).run();
    List<String> replies = Arrays.asList(out.toString().split("\n> ", -1));
    assertEquals(MESSAGES.size() + 2, replies.size(), "the banner, a reply to each message, the last prompt: " + out);
    return replies.subList(1, MESSAGES.size() + 1);
  }

  /** Telegram's reply to a message in a private chat: the text of every message sent, markup taken off. */
  private String telegram(int i, String text) throws Exception {
    JsonObject message = new JsonObject();
    message.addProperty("message_id", 100 + i);
    message.addProperty("date", 1_700_000_000);
    message.add("chat", JsonParser.parseString("{\"id\":101,\"type\":\"private\"}"));
    message.add("from", JsonParser.parseString("{\"id\":101,\"is_bot\":false,\"first_name\":\"Ana\"}"));
    message.addProperty("text", text);
    String update = "{\"update_id\":" + (1000 + i) + ",\"message\":" + message + "}";
    assertEquals(200, both.telegramUpdate(update, BothChannelsOnOneServer.WEBHOOK_SECRET).statusCode());
    List<String> texts = new ArrayList<>();
    String path = "/bot" + BothChannelsOnOneServer.TELEGRAM_TOKEN + "/sendMessage";
    for (RecordedRequest sent = both.next(path); sent != null; sent = both.poll(path, 300)) {
      Map<String, String> fields = form(sent);
      texts.add(unescapeHtml(fields.get("text").replaceAll("<[^>]+>", "")));
      if (fields.containsKey("reply_markup")) { // buttons: the greeting's examples, the votes
        JsonParser.parseString(fields.get("reply_markup")).getAsJsonObject().getAsJsonArray("inline_keyboard")
            .forEach(row -> row.getAsJsonArray().forEach(b -> texts.add(b.getAsJsonObject().get("text").getAsString())));
      }
    }
    return String.join("\n\n", texts);
  }

  /** Slack's reply to a direct message: the text of its blocks, mrkdwn taken off. */
  private String slack(int i, String text) throws Exception {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel_type", "im");
    event.addProperty("channel", "D1");
    event.addProperty("user", "U1");
    event.addProperty("text", text);
    event.addProperty("ts", "100." + (i + 1));
    event.addProperty("event_ts", "100." + (i + 1));
    String body = "{\"token\":\"t\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"Ev" + i + "\",\"event_time\":1700000000,\"event\":" + event + "}";
    assertEquals(200, both.slackEvent(body).statusCode());
    JsonArray blocks = JsonParser.parseString(form(both.next("/api/chat.postMessage")).get("blocks")).getAsJsonArray();
    List<String> texts = new ArrayList<>();
    for (JsonElement block : blocks) {
      JsonObject object = block.getAsJsonObject();
      if (object.has("text")) {
        texts.add(object.getAsJsonObject("text").get("text").getAsString());
      }
      if (object.has("elements") && "context".equals(object.get("type").getAsString())) {
        object.getAsJsonArray("elements").forEach(e -> texts.add(e.getAsJsonObject().get("text").getAsString()));
      }
    }
    String mrkdwn = String.join("\n", texts)
        .replaceAll("<[^|>]+\\|([^>]*)>", "$1") // <url|headline>
        .replaceAll("(?m)^> ?", "") // quote lines
        .replaceAll("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])", "$1"); // *bold*
    return mrkdwn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * The parts of a reply that every channel must show, whatever its markup, in groups: the texts the
   * core gives, and for each quote its words, headline and date, for each article its headline and date
   * (a channel lays a group out as it likes); links, numbers and buttons are the channel's.
   */
  private static List<List<String>> parts(Reply reply) {
    List<List<String>> parts = new ArrayList<>();
    switch (reply) {
      case Reply.Answered answered -> {
        Answer answer = answered.answer();
        answer.lead().lines().filter(l -> !l.isBlank()).forEach(l -> parts.add(List.of(l)));
        for (Quote quote : answer.quotes()) {
          parts.add(List.of(quote.text(), quote.citation().title(), quote.citation().date(answered.language())));
        }
        if (parts.isEmpty()) {
          parts.add(List.of(org.missionbot.chat.Texts.get(answered.language(), "nothing")));
        }
      }
      case Reply.Greeting greeting -> {
        parts.add(List.of(greeting.text()));
        greeting.examples().forEach(e -> parts.add(List.of(e)));
      }
      case Reply.Help help -> {
        parts.add(List.of(help.text()));
        help.examples().forEach(e -> parts.add(List.of(e)));
      }
      case Reply.Sources sources -> sources.articles().forEach(a ->
          parts.add(List.of(a.title(), Citation.of(a).date(sources.language()))));
      case Reply.Notice notice -> parts.add(List.of(notice.text()));
    }
    return parts;
  }

  /**
   * Each group of parts appears in the text after the group before it (its own parts in any order), spaces
   * counted as one.
   */
  private static void assertInOrder(List<List<String>> parts, String text, String shown) {
    String flat = flat(text);
    int at = 0;
    for (List<String> group : parts) {
      int end = at;
      for (String part : group) {
        int found = flat.indexOf(flat(part), at);
        assertTrue(found >= 0, shown + ": missing, or out of order, \"" + part + "\" in:\n" + text);
        end = Math.max(end, found + flat(part).length());
      }
      at = end;
    }
  }

  private static String flat(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip().replaceAll("\\s+", " ");
  }

  private static String unescapeHtml(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** A form-encoded (or JSON) request body's fields. */
  private static Map<String, String> form(RecordedRequest request) {
    String body = request.getBody().utf8();
    if (body.startsWith("{")) {
      JsonObject json = JsonParser.parseString(body).getAsJsonObject();
      Map<String, String> fields = new java.util.HashMap<>();
      json.entrySet().forEach(e -> fields.put(e.getKey(),
          e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
      return fields;
    }
    return org.missionbot.FormBody.fields(body);
  }
}
