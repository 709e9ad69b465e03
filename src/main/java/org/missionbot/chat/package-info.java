/**
 * The chat-neutral bot and what every channel shares: the bot itself, plain-text rendering and the
 * console conversation. Channel adapters translate to and from their platform around it.
 */
package org.missionbot.chat;
