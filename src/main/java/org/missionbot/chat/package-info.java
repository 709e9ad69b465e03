/**
 * The chat-neutral bot and what every channel shares: the bot itself, plain-text rendering, the
 * console conversation, and the counting and logging of every question. Channel adapters translate
 * to and from their platform around it, and mount their HTTP endpoints where {@link
 * org.missionbot.chat.HttpMount} says.
 */
package org.missionbot.chat;
