package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.InlineQuery;
import com.pengrad.telegrambot.model.LinkPreviewOptions;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.model.request.ChatAction;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.InlineQueryResultArticle;
import com.pengrad.telegrambot.model.request.InputTextMessageContent;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyParameters;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.request.AnswerInlineQuery;
import com.pengrad.telegrambot.request.SendChatAction;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.List;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.Reply;
import org.missionbot.chat.Texts;
import org.missionbot.search.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one update: a message (question or command), a tap on an example button, or an inline
 * query. A failure is logged once and, while answering a question, the person is told politely.
 */
final class Responder {

  private static final Logger LOG = LoggerFactory.getLogger(Responder.class);
  static final String EXAMPLE_PREFIX = "ask:";
  /** A vote button's data: "vote:up:" or "vote:down:" and the answer's id (at most 64 bytes in all). */
  static final String VOTE_PREFIX = "vote:";
  private static final int DESCRIPTION_CHARS = 300;

  private final ChatCore core;
  private final BotApi api;
  private final IntentReader reader;
  private final Feedback feedback;

  Responder(ChatCore core, BotApi api, IntentReader reader, Feedback feedback) {
    this.feedback = feedback;
    this.core = core;
    this.api = api;
    this.reader = reader;
  }

  /** The lane an update is answered in: its chat, or for inline queries and odd updates the person. */
  static long lane(Update update) {
    Message message = update.message();
    if (message != null && message.chat() != null && message.chat().id() != null) {
      return message.chat().id();
    }
    CallbackQuery callback = update.callbackQuery();
    if (callback != null && callback.maybeInaccessibleMessage() != null
        && callback.maybeInaccessibleMessage().chat() != null) {
      return callback.maybeInaccessibleMessage().chat().id();
    }
    User from = callback != null ? callback.from() : update.inlineQuery() != null ? update.inlineQuery().from() : null;
    return from != null && from.id() != null ? from.id() : 0;
  }

  /** Handles the update; returns once its reply was sent or failed for good. */
  void handle(Update update) {
    try {
      String ref = "update:" + update.updateId();
      if (update.callbackQuery() != null && update.callbackQuery().data() != null
          && update.callbackQuery().data().startsWith(VOTE_PREFIX)) {
        vote(update.callbackQuery());
      } else if (update.callbackQuery() != null) {
        example(update.callbackQuery(), ref);
      } else if (update.inlineQuery() != null) {
        inline(update.inlineQuery(), ref);
      } else {
        act(reader.read(update), ref);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (TelegramApiException e) {
      LOG.warn("update {} not answered: {}", update.updateId(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("update {} failed: {}", update.updateId(), api.redact(String.valueOf(e)));
    }
  }

  /** Has the core read the message and sends its reply; "typing…" shows while a question is answered. */
  private void act(Intent intent, String ref) throws TelegramApiException, InterruptedException {
    if (intent.kind() == Intent.Kind.IGNORE) {
      return;
    }
    var message = new org.missionbot.chat.Message(intent.conversation(), intent.user(),
        intent.kind() == Intent.Kind.NOT_TEXT ? null : intent.text(), ref, intent.language());
    send(intent, core.handle(message, () -> api.tryOnce(new SendChatAction(intent.chatId(), ChatAction.typing))));
  }

  /** Sends a reply in one message or several, with its buttons (example questions, votes) under the last. */
  private void send(Intent intent, Reply reply) throws TelegramApiException, InterruptedException {
    List<String> messages = TelegramRenderer.reply(reply);
    InlineKeyboardMarkup buttons = switch (reply) {
      case Reply.Greeting greeting -> examples(greeting.language());
      case Reply.Answered answered -> { // every question is logged; answers with quotes can be voted on
        String id = feedback.asked("telegram", intent.user(), answered.answer());
        yield answered.answer().answered() ? votes(id, answered.language()) : null;
      }
      default -> null;
    };
    for (int i = 0; i < messages.size(); i++) {
      send(intent, messages.get(i), i == messages.size() - 1 ? buttons : null);
    }
  }

  /** The vote buttons under an answer, in its language. */
  private static InlineKeyboardMarkup votes(String answerId, Language language) {
    return new InlineKeyboardMarkup(
        new InlineKeyboardButton("\ud83d\udc4d " + Texts.get(language, "helpful")).callbackData(VOTE_PREFIX + "up:" + answerId),
        new InlineKeyboardButton("\ud83d\udc4e " + Texts.get(language, "not_helpful"))
            .callbackData(VOTE_PREFIX + "down:" + answerId));
  }

  /** A tap on a vote button: recorded once a person and answer, and thanked (or told why not) in a toast. */
  private void vote(CallbackQuery query) throws TelegramApiException, InterruptedException {
    String[] parts = query.data().substring(VOTE_PREFIX.length()).split(":", 2);
    if (parts.length < 2 || query.from() == null || !(parts[0].equals("up") || parts[0].equals("down"))) {
      api.tryOnce(new AnswerCallbackQuery(query.id()));
      return;
    }
    Feedback.Voted voted = feedback.vote("telegram", parts[1], "tg:" + query.from().id(), parts[0].equals("up"));
    api.tryOnce(new AnswerCallbackQuery(query.id()).text(voted.reply(Language.ofCode(query.from().languageCode()))));
  }

  /**
   * A tap on one of /start's example buttons ("ask:fr:1", or "ask:1" for English): answers that example,
   * in the language it was offered in, in the button's chat.
   */
  private void example(CallbackQuery query, String ref) throws TelegramApiException, InterruptedException {
    api.tryOnce(new AnswerCallbackQuery(query.id()));
    String data = query.data() == null ? "" : query.data();
    String[] parts = data.startsWith(EXAMPLE_PREFIX) ? data.substring(EXAMPLE_PREFIX.length()).split(":", -1) : new String[0];
    Language language = parts.length == 2 ? Language.ofCode(parts[0]) : Language.ENGLISH;
    int index = parts.length == 0 || language == null ? -1 : parse(parts[parts.length - 1]);
    List<String> examples = language == null ? List.of() : Texts.examples(language);
    if (index < 0 || index >= examples.size() || query.from() == null) {
      return;
    }
    var message = query.maybeInaccessibleMessage();
    long chat = message != null && message.chat() != null ? message.chat().id() : query.from().id();
    act(new Intent(Intent.Kind.MESSAGE, chat, 0, "tg:" + query.from().id(), examples.get(index),
        language.code()), ref);
  }

  /** "@bot question" typed in any chat: offers each quote as a message to pick. */
  private void inline(InlineQuery query, String ref) throws TelegramApiException, InterruptedException {
    String text = query.query() == null ? "" : query.query().strip();
    List<InlineChoice> choices = List.of();
    if (!text.isEmpty() && query.from() != null) {
      String user = "tg:" + query.from().id();
      Reply reply = core.ask("tg:inline:" + query.from().id(), user, text, ref, query.from().languageCode());
      choices = reply instanceof Reply.Answered answered ? TelegramRenderer.inline(answered.answer()) : List.of();
    }
    InlineQueryResultArticle[] results = new InlineQueryResultArticle[choices.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = article(i, choices.get(i));
    }
    api.call(new AnswerInlineQuery(query.id(), results).cacheTime(60));
  }

  private static InlineQueryResultArticle article(int index, InlineChoice choice) {
    InputTextMessageContent content = new InputTextMessageContent(choice.html()).parseMode(ParseMode.HTML)
        .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true));
    String description = choice.description();
    if (description.length() > DESCRIPTION_CHARS) {
      description = description.substring(0, DESCRIPTION_CHARS - 1) + TelegramRenderer.ELLIPSIS;
    }
    return new InlineQueryResultArticle(String.valueOf(index), choice.title(), content).description(description);
  }

  /** The example questions as buttons, each carrying its language and number ("ask:fr:1"). */
  private static InlineKeyboardMarkup examples(Language language) {
    InlineKeyboardMarkup keyboard = new InlineKeyboardMarkup();
    List<String> examples = Texts.examples(language);
    for (int i = 0; i < examples.size(); i++) {
      keyboard.addRow(new InlineKeyboardButton(examples.get(i)).callbackData(EXAMPLE_PREFIX + language.code() + ":" + i));
    }
    return keyboard;
  }

  /** Sends HTML without link previews, as a reply to the asking message when there is one. */
  private void send(Intent intent, String html, InlineKeyboardMarkup keyboard)
      throws TelegramApiException, InterruptedException {
    SendMessage message = new SendMessage(intent.chatId(), html).parseMode(ParseMode.HTML)
        .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true));
    if (intent.messageId() > 0) {
      message.replyParameters(new ReplyParameters(intent.messageId()).allowSendingWithoutReply(true));
    }
    if (keyboard != null) {
      message.replyMarkup(keyboard);
    }
    api.call(message);
  }

  private static int parse(String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
