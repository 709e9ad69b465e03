package org.missionbot.chat.slack;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.missionbot.answer.Answer;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Reply;
import org.missionbot.chat.Texts;
import org.missionbot.chat.shared.SharedStore;
import org.missionbot.search.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Slack channel says back to a question, before it is posted: asks the chat core, logs the
 * question to the feedback file, remembers the answer for its buttons, and renders it. With a
 * {@link SharedStore}, the question behind each answer id (for a day) and each person's vote are kept
 * in Redis too, so a click reaching another replica than the answer finds it (answered again there:
 * the same articles give the same answer) and a second vote is refused on every replica. Thread-safe.
 */
final class SlackAnswers {

  static final String EXPIRED = Texts.get(Language.ENGLISH, "expired");
  static final String THANKS = Texts.get(Language.ENGLISH, "thanks_feedback");
  static final String VOTED = Texts.get(Language.ENGLISH, "voted");
  /** How long replicas can find an answer for its buttons. */
  static final java.time.Duration KEPT = java.time.Duration.ofDays(1);
  private static final Logger LOG = LoggerFactory.getLogger(SlackAnswers.class);
  /** A user mention such as {@code <@U123>} or {@code <@U123|name>}. */
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(?:\\|[^>]*)?>");

  private final ChatCore core;
  private final FeedbackLog feedback;
  private final BoundedMemory<Answer> recent;
  private final BoundedMemory<Boolean> votes;
  private final SharedStore shared;

  SlackAnswers(ChatCore core, FeedbackLog feedback, int memory) {
    this(core, feedback, memory, null);
  }

  SlackAnswers(ChatCore core, FeedbackLog feedback, int memory, SharedStore shared) {
    this.shared = shared;
    this.core = core;
    this.feedback = feedback;
    this.recent = new BoundedMemory<>(memory);
    this.votes = new BoundedMemory<>(memory);
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
   * Slack ("fr-FR"; null when unknown), which the greeting and a too-short question are read in.
   */
  SlackMessage reply(String conversation, String user, String text, boolean shareable, String ref, String locale) {
    String question = question(text);
    if (question.isEmpty()) {
      return SlackRenderer.greeting(core.language(conversation, locale));
    }
    Reply reply = core.ask(conversation, user, question, ref, locale);
    if (reply.kind() == Reply.Kind.RATE_LIMITED) {
      return SlackRenderer.notice(reply.text());
    }
    String id = UUID.randomUUID().toString();
    recent.putFirst(id, reply.answer());
    share(id, reply.answer());
    record(() -> feedback.question(id, user, reply.answer()));
    return SlackRenderer.answer(reply.answer(), id, shareable);
  }

  /**
   * Records a person's first vote on a recent answer; the thank-you, or a note that they voted already
   * or that the answer is forgotten.
   */
  SlackMessage vote(String answerId, String user, boolean up) {
    Answer answer = find(answerId);
    if (answer == null) {
      return SlackRenderer.notice(EXPIRED);
    }
    Language language = Language.ofCode(answer.language());
    if (!firstVote(answerId, user, up)) {
      return SlackRenderer.notice(Texts.get(language, "voted"));
    }
    record(() -> feedback.vote(answerId, user, answer, up));
    return SlackRenderer.notice(Texts.get(language, "thanks_feedback"));
  }

  /** A recent answer to show in the channel, without a share button; or the note that it is forgotten. */
  SlackMessage shared(String answerId) {
    Answer answer = find(answerId);
    return answer == null ? SlackRenderer.notice(EXPIRED) : SlackRenderer.answer(answer, answerId, false);
  }

  /** Keeps the question and language behind an answer id in Redis, for the other replicas' buttons. */
  private void share(String id, Answer answer) {
    if (shared != null) {
      try {
        shared.set(SharedStore.key("slack", "answer", id), answer.language() + " " + answer.question(), KEPT);
      } catch (SharedStore.Unavailable e) {
        // its buttons work on this replica only
      }
    }
  }

  /** A recent answer by id: this replica's, or another's answered again here; null when forgotten. */
  private Answer find(String answerId) {
    Answer answer = recent.get(answerId);
    if (answer != null || shared == null) {
      return answer;
    }
    try {
      String asked = shared.get(SharedStore.key("slack", "answer", answerId));
      if (asked == null || asked.indexOf(' ') < 0) {
        return null;
      }
      int space = asked.indexOf(' ');
      answer = core.answerAgain(asked.substring(space + 1), Language.ofCode(asked.substring(0, space)));
      recent.putFirst(answerId, answer);
      return answer;
    } catch (SharedStore.Unavailable e) {
      return null;
    }
  }

  /** Whether this is the person's first vote on the answer, on any replica. */
  private boolean firstVote(String answerId, String user, boolean up) {
    boolean first = votes.putFirst(answerId + " " + user, up);
    if (shared != null) {
      try {
        return shared.setIfAbsent(SharedStore.key("slack", "vote", answerId, user), up ? "up" : "down", KEPT);
      } catch (SharedStore.Unavailable e) {
        // this replica's memory
      }
    }
    return first;
  }

  /** The help shown by the command without a question, in English. */
  SlackMessage help() {
    return help(Language.ENGLISH);
  }

  /** The help in a language. */
  SlackMessage help(Language language) {
    return SlackRenderer.help(core.sources(), language);
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

  /** Losing a feedback line must not lose the answer: the failure is logged and the reply goes on. */
  private static void record(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      LOG.warn("could not write to the feedback file: {}", e.toString());
    }
  }

  private interface Write {
    void run() throws IOException;
  }
}
