package org.missionbot.chat.telegram;

import java.util.ArrayList;
import java.util.List;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.answer.Span;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Markup;
import org.missionbot.chat.Reply;
import org.missionbot.chat.Texts;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

/**
 * Renders answers and the article list as Telegram HTML messages (parse mode HTML). Pure functions:
 * a reply becomes one or more messages of at most {@link #LIMIT} characters, split between quotes and
 * never inside a tag; a quote too long for one message is cut at a word boundary and ends with "…".
 */
public final class TelegramRenderer {

  /** The most characters Telegram accepts in one message. */
  public static final int LIMIT = 4096;
  /** Telegram's HTML bold, its text escaped. */
  static final Markup MARKUP = new Markup("<b>", "</b>", TelegramRenderer::escape);
  static final String ELLIPSIS = "\u2026";
  private static final String GAP = "\n\n";
  /** Said when an answer has neither lead nor quotes, so that a question never goes unanswered (English). */
  static final String NOTHING = Texts.get(Language.ENGLISH, "nothing");

  private TelegramRenderer() {}

  /**
   * A reply as HTML messages of at most {@link #LIMIT} characters; the greeting's example questions go
   * in buttons, sent by the caller.
   */
  public static List<String> reply(Reply reply) {
    return switch (reply) {
      case Reply.Answered answered -> answer(answered.answer());
      case Reply.Greeting greeting -> List.of(text(greeting.text()));
      case Reply.Help help -> pack(List.of(escape(help.text()), escape(help.examplesHeading()) + "\n"
          + String.join("\n", help.examples().stream().map(q -> "\u2022 " + escape(q)).toList())), GAP, LIMIT);
      case Reply.Sources sources -> sources(sources.articles(), sources.language());
      case Reply.Notice notice -> List.of(text(notice.text()));
    };
  }

  /** The answer as messages of at most {@link #LIMIT} characters. */
  public static List<String> answer(Answer answer) {
    return answer(answer, LIMIT);
  }

  /**
   * The lead, then each quote in a blockquote with its answer in bold and its numbered citation, dated
   * in the answer's language.
   */
  static List<String> answer(Answer answer, int limit) {
    Language language = languageOf(answer);
    List<String> blocks = new ArrayList<>();
    if (!answer.lead().isBlank()) {
      blocks.add(plain(answer.lead(), limit));
    }
    List<Quote> quotes = answer.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      blocks.add(quote(quotes.get(i), i + 1, limit, language));
    }
    if (blocks.isEmpty()) {
      blocks.add(escape(Texts.get(language, "nothing")));
    }
    return pack(blocks, GAP, limit);
  }

  /** The answer as inline choices: one per quote, each sent as the lead and that quote; one when unanswered. */
  public static List<InlineChoice> inline(Answer answer) {
    Language language = languageOf(answer);
    String title = answer.lead().isBlank() ? Texts.get(language, "from_articles") : answer.lead();
    if (answer.quotes().isEmpty()) {
      return List.of(new InlineChoice(title, answer.question(), plain(title, LIMIT)));
    }
    String lead = answer.lead().isBlank() ? "" : plain(answer.lead(), LIMIT / 4) + GAP;
    return answer.quotes().stream().map(q -> new InlineChoice(title, q.text(),
        lead + quote(q, 1, LIMIT - lead.length(), language))).toList();
  }

  /** The articles, newest first, one numbered line each: headline, outlet and date. */
  public static List<String> sources(List<Article> articles) {
    return sources(articles, Language.ENGLISH);
  }

  /** Like {@link #sources(List)}, the heading and dates in a language. */
  public static List<String> sources(List<Article> articles, Language language) {
    return sources(articles, LIMIT, language);
  }

  static List<String> sources(List<Article> articles, int limit) {
    return sources(articles, limit, Language.ENGLISH);
  }

  static List<String> sources(List<Article> articles, int limit, Language language) {
    List<String> lines = new ArrayList<>();
    lines.add("<b>" + escape(Texts.get(language, "sources_heading")) + "</b>");
    int shown = Math.min(articles.size(), ChatCore.SOURCES_SHOWN);
    for (int i = 0; i < shown; i++) {
      Citation citation = Citation.of(articles.get(i));
      String line = (i + 1) + ". " + citation(citation, language);
      lines.add(line.length() <= limit ? line : plain((i + 1) + ". " + citation.label(language), limit));
    }
    if (shown < articles.size()) {
      lines.add(escape(Texts.get(language, "more_articles", articles.size() - shown)));
    }
    return pack(lines, "\n", limit);
  }

  /** Plain text as one message: escaped, and cut at a word boundary when too long. */
  public static String text(String text) {
    return plain(text, LIMIT);
  }

  /** One quote as a block: the quote in a blockquote, its answer in bold, then "[n] citation". */
  static String quote(Quote quote, int number, int limit) {
    return quote(quote, number, limit, Language.ENGLISH);
  }

  /** Like {@link #quote(Quote, int, int)}, the citation's date in a language. */
  static String quote(Quote quote, int number, int limit, Language language) {
    String whole = quoteBlock(quote.text(), quote.highlights(), number, quote.citation(), language);
    if (whole.length() <= limit) {
      return whole;
    }
    String best = longestFitting(quote, wordEnds(quote.text()), limit, number, language);
    if (best == null) {
      best = longestFitting(quote, characterEnds(quote.text()), limit, number, language); // one word longer than a message
    }
    return best != null ? best : plain(quote.citation().label(language), limit);
  }

  private static String longestFitting(Quote quote, List<Integer> cuts, int limit, int number, Language language) {
    int low = 0;
    int high = cuts.size() - 1;
    String best = null;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      String candidate = cutQuote(quote, cuts.get(middle), number, language);
      if (candidate.length() <= limit) {
        best = candidate;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return best;
  }

  /** The quote's text up to {@code cut}, with "…" and only the highlights that start before the cut. */
  private static String cutQuote(Quote quote, int cut, int number, Language language) {
    List<Span> kept = quote.highlights().stream().filter(s -> s.start() < cut)
        .map(s -> new Span(s.start(), Math.min(s.end(), cut))).toList();
    return quoteBlock(quote.text().substring(0, cut) + ELLIPSIS, kept, number, quote.citation(), language);
  }

  private static String quoteBlock(String text, List<Span> highlights, int number, Citation citation,
      Language language) {
    return "<blockquote>" + highlighted(text, highlights) + "</blockquote>\n[" + number + "] "
        + citation(citation, language);
  }

  /** "Headline — Outlet, 25 Jun 2024", escaped, the headline a link to the article when its address is known. */
  static String citation(Citation citation, Language language) {
    String details = citation.details(language);
    String title = citation.link() == null ? escape(citation.title())
        : "<a href=\"" + escape(citation.link()).replace("\"", "&quot;") + "\">" + escape(citation.title()) + "</a>";
    return details.isEmpty() ? title : title + " \u2014 " + escape(details);
  }

  private static Language languageOf(Answer answer) {
    Language language = Language.ofCode(answer.language());
    return language == null ? Language.ENGLISH : language;
  }

  /** The text escaped, with each highlight (inclusive start, exclusive end) in bold. */
  static String highlighted(String text, List<Span> highlights) {
    return MARKUP.format(text, highlights);
  }

  /** The text escaped; when longer than {@code limit}, cut at the last word boundary that fits, with "…". */
  static String plain(String text, int limit) {
    String escaped = escape(text);
    if (escaped.length() <= limit) {
      return escaped;
    }
    String fitting = longestFitting(text, wordEnds(text), limit);
    return fitting.isEmpty() ? longestFitting(text, characterEnds(text), limit) : fitting;
  }

  private static String longestFitting(String text, List<Integer> cuts, int limit) {
    String fitting = "";
    for (int cut : cuts) {
      String candidate = escape(text.substring(0, cut)) + ELLIPSIS;
      if (candidate.length() > limit) {
        break;
      }
      fitting = candidate;
    }
    return fitting;
  }

  /** Ends of words: the offsets just before each run of spaces, or every character's end when there is none. */
  private static List<Integer> wordEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1))) {
        ends.add(i);
      }
    }
    return ends.isEmpty() ? characterEnds(text) : ends;
  }

  /** Every offset that ends a character, never one between the two halves of an emoji's surrogate pair. */
  private static List<Integer> characterEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < text.length(); i++) {
      if (!(Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i)))) {
        ends.add(i);
      }
    }
    return ends;
  }

  /** Joins blocks with the separator into as few messages of at most {@code limit} characters as can be. */
  static List<String> pack(List<String> blocks, String separator, int limit) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String block : blocks) {
      if (current.length() > 0 && current.length() + separator.length() + block.length() > limit) {
        messages.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() > 0 ? separator : "").append(block);
    }
    if (current.length() > 0) {
      messages.add(current.toString());
    }
    return messages;
  }

  /** Escapes the three characters Telegram's HTML parse mode reserves. */
  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
