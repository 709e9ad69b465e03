package org.missionbot.chat.telegram;

import com.pengrad.telegrambot.model.Chat;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import java.util.Locale;
import java.util.regex.Pattern;
import org.missionbot.chat.ChatCore;

/**
 * Reads whether a message update is addressed to the bot, and what it says then; the chat core reads
 * the rest (commands, questions). In a private chat every message is for the bot; in a group only a
 * message that mentions the bot, replies to it or is a command for it is; anything else there is left
 * alone. Edits, channel posts and service messages are never answered.
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
    if (text == null) {
      return personal && message.newChatMembers() == null ? intent(Intent.Kind.NOT_TEXT, message, "") : Intent.IGNORE;
    }
    if (text.startsWith("/")) {
      return command(message, text.strip(), personal);
    }
    if (personal || repliesToBot(message)) {
      return intent(Intent.Kind.MESSAGE, message, text);
    }
    return mention.matcher(text).find() ? intent(Intent.Kind.MESSAGE, message, mention.matcher(text).replaceAll(" "))
        : Intent.IGNORE;
  }

  /**
   * "/ask@bot question", "/start"...: for the core to read, without the bot's name. A command for another
   * bot is left alone, and so is, in a group, one the bot does not know (it may be another bot's).
   */
  private Intent command(Message message, String text, boolean personal) {
    String[] parts = text.split("\\s+", 2);
    String[] name = parts[0].substring(1).split("@", 2);
    boolean named = name.length == 2;
    if (named && !name[1].equalsIgnoreCase(botName)
        || !named && !personal && !ChatCore.COMMANDS.contains(name[0].toLowerCase(Locale.ROOT))) {
      return Intent.IGNORE;
    }
    return intent(Intent.Kind.MESSAGE, message, "/" + name[0] + (parts.length > 1 ? " " + parts[1] : ""));
  }

  private boolean repliesToBot(Message message) {
    Message replied = message.replyToMessage();
    return replied != null && replied.from() != null && replied.from().id() != null && replied.from().id() == botId;
  }

  private static Intent intent(Intent.Kind kind, Message message, String text) {
    return new Intent(kind, message.chat().id(), message.messageId() == null ? 0 : message.messageId(),
        "tg:" + message.from().id(), kind == Intent.Kind.MESSAGE ? text.strip().replaceAll("\\s+", " ") : "",
        message.from().languageCode());
  }
}
