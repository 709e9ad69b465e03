package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads what a message update asks of the bot. In a private chat any text is a question; in a group
 * only a message that mentions the bot, replies to it or is a command for it is; anything else there
 * is left alone. Edits, channel posts and service messages are never answered.
 */
final class IntentReader {

  private final long botId;
  private final String botName;
  private final Pattern mention;

  /** A reader for the bot with this id and username (without "@"). */
  IntentReader(long botId, String botName) {
    this.botId = botId;
    this.botName = botName;
    this.mention = Pattern.compile("(?i)@" + Pattern.quote(botName) + "\\b");
  }

  Intent read(Update update) {
    Message message = update.message();
    if (message == null || message.chat() == null || message.from() == null
        || Boolean.TRUE.equals(message.from().isBot())) {
      return Intent.IGNORE;
    }
    boolean personal = message.chat().type() == Chat.Type.Private;
    String text = message.text();
    if (text == null || text.isBlank()) {
      return personal && message.newChatMembers() == null ? intent(Intent.Kind.NOT_TEXT, message, "") : Intent.IGNORE;
    }
    if (text.startsWith("/")) {
      return command(message, text.strip(), personal);
    }
    if (personal || repliesToBot(message)) {
      return question(message, text);
    }
    return mention.matcher(text).find() ? question(message, mention.matcher(text).replaceAll(" ")) : Intent.IGNORE;
  }

  /** "/ask@bot question", "/start"...; commands for another bot, or unknown in a group, are ignored. */
  private Intent command(Message message, String text, boolean personal) {
    String[] parts = text.split("\\s+", 2);
    String[] name = parts[0].substring(1).split("@", 2);
    if (name.length == 2 && !name[1].equalsIgnoreCase(botName)) {
      return Intent.IGNORE;
    }
    String rest = parts.length > 1 ? parts[1] : "";
    return switch (name[0].toLowerCase(Locale.ROOT)) {
      case "start" -> intent(Intent.Kind.START, message, "");
      case "help" -> intent(Intent.Kind.HELP, message, "");
      case "sources" -> intent(Intent.Kind.SOURCES, message, "");
      case "about" -> intent(Intent.Kind.ABOUT, message, "");
      case "ask" -> question(message, rest);
      default -> personal ? intent(Intent.Kind.HELP, message, "") : Intent.IGNORE;
    };
  }

  private boolean repliesToBot(Message message) {
    Message replied = message.replyToMessage();
    return replied != null && replied.from() != null && replied.from().id() != null && replied.from().id() == botId;
  }

  private static Intent question(Message message, String text) {
    String question = text.strip().replaceAll("\\s+", " ");
    return intent(question.isEmpty() ? Intent.Kind.HELP : Intent.Kind.QUESTION, message, question);
  }

  private static Intent intent(Intent.Kind kind, Message message, String text) {
    return new Intent(kind, message.chat().id(), message.messageId() == null ? 0 : message.messageId(),
        "tg:" + message.from().id(), kind == Intent.Kind.QUESTION ? text : "", message.from().languageCode());
  }
}
