package org.missionbot.chat;

import java.util.List;
import java.util.Objects;
import org.missionbot.answer.Answer;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

/**
 * What the bot says back to a message, read once by {@link ChatCore#handle}, before a channel renders
 * it in its own markup. Every reply knows the language it is to be written in.
 */
public sealed interface Reply {

  /** The language the reply is written in. */
  Language language();

  /** An answer to a question: quotes with their citations, or the plain "the articles don't say". */
  record Answered(Answer answer) implements Reply {

    public Answered {
      Objects.requireNonNull(answer, "answer");
    }

    @Override
    public Language language() {
      Language language = Language.ofCode(answer.language());
      return language == null ? Language.ENGLISH : language;
    }
  }

  /** The greeting, with example questions to try: for /start and for an empty message. */
  record Greeting(Language language) implements Reply {

    public Greeting {
      Objects.requireNonNull(language, "language");
    }

    public String text() {
      return Texts.get(language, "greeting");
    }

    public List<String> examples() {
      return Texts.examples(language);
    }
  }

  /** What the bot does and how to ask, with example questions: for /help, "help" and "?". */
  record Help(Language language) implements Reply {

    public Help {
      Objects.requireNonNull(language, "language");
    }

    public String text() {
      return Texts.get(language, "help");
    }

    /** The line that introduces the examples ("For example:"). */
    public String examplesHeading() {
      return Texts.get(language, "for_example");
    }

    public List<String> examples() {
      return Texts.examples(language);
    }
  }

  /** The articles the bot answers from, newest first: for /sources and "sources". */
  record Sources(Language language, List<Article> articles) implements Reply {

    public Sources {
      Objects.requireNonNull(language, "language");
      articles = List.copyOf(articles);
    }
  }

  /** A short message on its own, of a kind a channel may show differently (a toast, an ephemeral note). */
  record Notice(Language language, Kind kind, String text) implements Reply {

    /** Why the bot says it. */
    public enum Kind {
      /** What the bot is and how it answers: /about. */
      ABOUT,
      /** The person asks faster than the rate limit allows. */
      RATE_LIMITED,
      /** A message without text (a sticker, a photo). */
      NOT_TEXT,
      /** A /command the bot does not know: it names the commands it does know. */
      UNKNOWN_COMMAND,
      /** Answering failed; the person is told to try again. */
      FAILED
    }

    public Notice {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }

    /** The notice of a kind whose text takes no argument, in a language. */
    static Notice of(Kind kind, Language language) {
      String key = switch (kind) {
        case ABOUT -> "about";
        case RATE_LIMITED -> "rate_limited";
        case NOT_TEXT -> "not_text";
        case FAILED -> "failed";
        case UNKNOWN_COMMAND -> throw new IllegalArgumentException("an unknown command's notice names it");
      };
      return new Notice(language, kind, Texts.get(language, key));
    }
  }
}
