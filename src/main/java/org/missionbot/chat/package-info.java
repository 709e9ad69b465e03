/**
 * The chat-neutral bot and what every channel shares: the bot itself, plain-text rendering, the
 * console conversation, and the counting and logging of every question. Channel adapters translate
 * to and from their platform around it (in {@code chat.telegram} and {@code chat.slack}), and mount
 * their HTTP endpoints where {@code chat.http} says. No chat SDK, web server or Redis type is used here.
 */
package org.missionbot.chat;
