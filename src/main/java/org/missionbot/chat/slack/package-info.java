/**
 * The Slack channel: a Bolt app that takes mentions and the replies in the threads it answered,
 * direct messages, the {@code /mission} command and button clicks (over Socket Mode or signed HTTP),
 * asks the chat core, and renders its replies as Block Kit. Slack SDK types never leave this package.
 */
package org.missionbot.chat.slack;
