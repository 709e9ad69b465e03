package org.missionbot.chat.telegram;

/**
 * What a chat message asks of the bot, read from a Telegram update.
 *
 * @param kind a message with text for the chat core to read, a message that is not text, or nothing for the bot
 * @param chatId the chat to answer in
 * @param messageId the message to reply to, or 0 when none
 * @param user who asked, as a rate-limit key ("tg:123")
 * @param text for {@link Kind#MESSAGE}, the text addressed to the bot (a mention of it taken out, "/ask@bot"
 *     read as "/ask"), else ""
 * @param language the asker's Telegram app language ({@code language_code}, "fr"), or null when unknown
 */
record Intent(Kind kind, long chatId, int messageId, String user, String text, String language) {

  /** An intent whose asker's language is unknown. */
  Intent(Kind kind, long chatId, int messageId, String user, String text) {
    this(kind, chatId, messageId, user, text, null);
  }

  /** What the bot does about a message. */
  enum Kind { MESSAGE, NOT_TEXT, IGNORE }

  static final Intent IGNORE = new Intent(Kind.IGNORE, 0, 0, "", "");

  /** The conversation that follow-ups are remembered in: the chat. */
  String conversation() {
    return "tg:chat:" + chatId;
  }
}
