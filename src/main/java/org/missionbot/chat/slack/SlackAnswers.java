package org.missionbot.chat.slack;

import java.util.regex.Pattern;
import org.missionbot.answer.Answer;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.Message;
import org.missionbot.chat.Reply;
import org.missionbot.chat.Texts;
import org.missionbot.search.Language;

/**
 * What the Slack channel says back to a question, before it is posted: asks the chat core, has
 * {@link Feedback} remember the answer for its buttons (and log its question), and renders it. Thread-safe.
 */
final class SlackAnswers {

  static final String EXPIRED = Texts.get(Language.ENGLISH, "expired");
  static final String THANKS = Texts.get(Language.ENGLISH, "thanks_feedback");
  static final String VOTED = Texts.get(Language.ENGLISH, "voted");
  /** A user mention such as {@code <@U123>} or {@code <@U123|name>}. */
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>");

  private final ChatCore core;
  private final Feedback feedback;

  /** Replies through the core, their votes kept by {@code feedback}. */
  SlackAnswers(ChatCore core, Feedback feedback) {
    this.core = core;
    this.feedback = feedback;
  }

  /** The reply to a message in a conversation: the greeting for an empty one, else the core's reply. */
  SlackMessage reply(String conversation, String user, String text, boolean shareable) {
    return reply(conversation, user, text, shareable, null);
  }

  /** Like {@link #reply(String, String, String, boolean)}, with the event or command it came in, for the log. */
  SlackMessage reply(String conversation, String user, String text, boolean shareable, String ref) {
    return reply(conversation, user, text, shareable, ref, null);
  }

  /**
   * Like {@link #reply(String, String, String, boolean, String)}, with the locale the person set in
   * Slack ("fr-FR"; null when unknown), which the greeting and a too-short question are read in. The
   * chat core reads the message (a command, empty, a question), as on every channel.
   */
  SlackMessage reply(String conversation, String user, String text, boolean shareable, String ref, String locale) {
    Reply reply = core.handle(new Message(conversation, user, question(text), ref, locale));
    String id = reply instanceof Reply.Answered answered ? feedback.asked("slack", user, answered.answer()) : null;
    return SlackRenderer.reply(reply, id, shareable);
  }

  /**
   * Records a person's first vote on a recent answer; the thank-you, or a note that they voted already
   * or that the answer is forgotten.
   */
  SlackMessage vote(String answerId, String user, boolean up) {
    return SlackRenderer.notice(feedback.vote("slack", answerId, user, up).reply(null));
  }

  /** A recent answer to show in the channel, without a share button; or the note that it is forgotten. */
  SlackMessage shared(String answerId) {
    Answer answer = feedback.find(answerId);
    return answer == null ? SlackRenderer.notice(EXPIRED) : SlackRenderer.answer(answer, answerId, false);
  }

  /** The App Home tab, as the JSON of a view, in the language of a locale ("fr-FR"; English when null). */
  String home(String locale) {
    Language language = Language.ofCode(locale);
    return SlackRenderer.home(core.sources(), language == null ? Language.ENGLISH : language).toString();
  }

  /** The language to write a notice in for a conversation and a person's Slack locale. */
  Language language(String conversation, String locale) {
    return core.language(conversation, locale);
  }

  /** The question in a message's text: mentions removed, Slack's escapes undone, spaces trimmed. */
  static String question(String text) {
    if (text == null) {
      return "";
    }
    String plain = MENTION.matcher(text).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return plain.strip().replaceAll("\\s+", " ");
  }
}
