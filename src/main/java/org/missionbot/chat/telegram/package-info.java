/**
 * The Telegram channel: reads updates from the Bot API (long polling or a webhook), turns them into
 * questions and commands for the chat core, and renders the replies as Telegram HTML. The Telegram
 * SDK's types ({@code com.pengrad.telegrambot}) never leave this package; {@link
 * org.missionbot.chat.telegram.TelegramChannel} is what the CLI starts and stops.
 */
package org.missionbot.chat.telegram;
