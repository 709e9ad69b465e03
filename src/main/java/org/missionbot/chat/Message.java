package org.missionbot.chat;

/**
 * A message to the bot as a channel adapter reads it from its platform: addressed to the bot (the
 * adapter has already left alone what is not, and taken out a mention of the bot), not yet read.
 *
 * @param conversation where follow-ups are remembered: a chat, a thread, the console
 * @param user who wrote it, as a rate-limit and feedback key ("tg:7", a Slack member id)
 * @param text what they wrote, or null for a message without text (a sticker, a photo)
 * @param ref what the adapter knows the message by ("update:7", "event:Ev1") for the log; null when nothing
 * @param userLanguage the language the person's app is set to ("fr", "ht-HT"); null when unknown
 */
public record Message(String conversation, String user, String text, String ref, String userLanguage) {

  public Message {
    java.util.Objects.requireNonNull(conversation, "conversation");
    java.util.Objects.requireNonNull(user, "user");
  }

  /** A message with text and nothing else known about it. */
  public static Message of(String conversation, String user, String text) {
    return new Message(conversation, user, text, null, null);
  }
}
