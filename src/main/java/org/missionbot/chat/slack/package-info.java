/**
 * The Slack channel: a Bolt app that takes mentions, direct messages, the {@code /mission} command and
 * button clicks (over Socket Mode or signed HTTP), asks the chat core, and renders its replies as Block
 * Kit. Slack SDK types never leave this package.
 */
package org.missionbot.chat.slack;
