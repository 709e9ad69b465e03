package org.missionbot.chat.telegram;

/**
 * One answer offered in inline mode: what the list shows, and the message sent when it is picked.
 *
 * @param title the line in bold in the list
 * @param description the quote shown under the title, as plain text
 * @param html the message sent to the chat when the choice is picked, Telegram HTML
 */
public record InlineChoice(String title, String description, String html) {}
