package org.missionbot.chat.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Citation;
import org.missionbot.answer.Quote;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.Markup;
import org.missionbot.chat.Reply;
import org.missionbot.chat.Texts;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;

/**
 * Renders the chat core's replies as Slack Block Kit: the lead, each quote as a quoted section with the
 * answering words in bold, a citation line per quote, and the vote and share buttons. Pure.
 */
final class SlackRenderer {

  static final String VOTE_UP = "vote_up";
  static final String VOTE_DOWN = "vote_down";
  static final String SHARE = "share";
  /** How to ask, in English. */
  static final String HOW_TO_ASK = howToAsk(Language.ENGLISH);
  /** Slack's mrkdwn bold, its text escaped. */
  static final Markup MARKUP = new Markup("*", "*", SlackRenderer::escape);
  /** The SDK's JSON of blocks: snake case, no nulls. */
  private static final com.google.gson.Gson GSON = GsonFactory.createSnakeCase();
  /** Slack's limits: characters in a section's or a context element's text, in a header; blocks in a message, a view. */
  static final int SECTION_CHARS = 3000;
  static final int HEADER_CHARS = 150;
  static final int MESSAGE_BLOCKS = 50;
  static final int VIEW_BLOCKS = 100;

  private SlackRenderer() {}

  /**
   * An answer with its vote buttons, which carry {@code answerId}; a share button too when
   * {@code shareable} (the answer is shown to the asker only).
   */
  static SlackMessage answer(Answer answer, String answerId, boolean shareable) {
    Language language = Language.ofCode(answer.language());
    JsonArray blocks = new JsonArray();
    if (!answer.lead().isEmpty()) {
      blocks.add(section(escape(answer.lead())));
    }
    List<Quote> quotes = answer.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      blocks.add(section(quoted(quotes.get(i))));
      blocks.add(context("[" + (i + 1) + "] " + linked(quotes.get(i).citation(), language)));
    }
    blocks.add(buttons(answerId, shareable, language));
    return new SlackMessage(fallback(answer), blocks);
  }

  /** A short message on its own: a refusal, an apology, a thank-you. */
  static SlackMessage notice(String text) {
    JsonArray blocks = new JsonArray();
    blocks.add(section(escape(text)));
    return new SlackMessage(escape(text), blocks);
  }

  /** The greeting with example questions, for a mention or message without a question. */
  static SlackMessage greeting() {
    return greeting(Language.ENGLISH);
  }

  /** {@link #greeting()} in a language. */
  static SlackMessage greeting(Language language) {
    String greeting = Texts.get(language, "greeting");
    JsonArray blocks = new JsonArray();
    blocks.add(section(escape(greeting) + "\n" + bullets(Texts.examples(language))));
    return new SlackMessage(escape(greeting), blocks);
  }

  /** The help in a language: what the bot does, the ways to ask on Slack, and example questions. */
  static SlackMessage help(Language language) {
    String help = Texts.get(language, "help");
    JsonArray blocks = new JsonArray();
    blocks.add(section(escape(help)));
    blocks.add(section(howToAsk(language)));
    blocks.add(section("*" + escape(Texts.get(language, "for_example")) + "*\n" + bullets(Texts.examples(language))));
    return new SlackMessage(escape(help), blocks);
  }

  /** The articles, newest first, a line each with date, headline and outlet, within Slack's limits. */
  static SlackMessage sources(List<Article> sources, Language language) {
    String heading = Texts.get(language, "sources_heading");
    JsonArray blocks = new JsonArray();
    addLines(blocks, "*" + escape(heading) + "*", sourceLines(sources, language), MESSAGE_BLOCKS, language,
        unlisted(sources));
    return new SlackMessage(escape(heading), blocks);
  }

  /**
   * A reply of the chat core as a message; an answer carries vote buttons with {@code answerId}, and a
   * share button when {@code shareable}.
   */
  static SlackMessage reply(Reply reply, String answerId, boolean shareable) {
    return switch (reply) {
      case Reply.Answered answered -> answer(answered.answer(), answerId, shareable);
      case Reply.Greeting greeting -> greeting(greeting.language());
      case Reply.Help help -> help(help.language());
      case Reply.Sources list -> sources(list.articles(), list.language());
      case Reply.Notice notice -> notice(notice.text());
    };
  }

  /** The App Home tab: what the bot does, how to ask, examples, and the sources with dates, in a language. */
  static JsonObject home(List<Article> sources, Language language) {
    JsonArray blocks = new JsonArray();
    blocks.add(header("Mission Bot"));
    blocks.add(section(escape(Texts.get(language, "help"))));
    blocks.add(section(howToAsk(language)));
    blocks.add(section("*" + escape(Texts.get(language, "try")) + "*\n" + bullets(Texts.examples(language))));
    blocks.add(divider());
    blocks.add(header(Texts.get(language, "sources")));
    addLines(blocks, null, sourceLines(sources, language), VIEW_BLOCKS - blocks.size() - 1, language, unlisted(sources));
    blocks.add(context(escape(Texts.get(language, "about"))));
    JsonObject view = new JsonObject();
    view.addProperty("type", "home");
    view.add("blocks", blocks);
    return view;
  }

  /** The quote as mrkdwn quote lines ("> "), escaped, with its highlights in bold. */
  static String quoted(Quote quote) {
    return "> " + MARKUP.format(quote.text(), quote.highlights()).replace("\n", "\n> ");
  }

  /**
   * "Headline · Outlet · 25 Jun 2024" as escaped mrkdwn, the headline a link ({@code <url|headline>}) to
   * the article when its address is known.
   */
  static String linked(Citation citation, Language language) {
    return dotted(headline(citation), escape(nullToEmpty(citation.outlet())), escape(citation.date(language)));
  }

  /** The headline as escaped mrkdwn: a link ({@code <url|headline>}) when the article's address is known. */
  private static String headline(Citation citation) {
    return citation.link() == null ? escape(citation.title())
        : "<" + escape(citation.link()).replace("|", "%7C") + "|" + escape(citation.title()) + ">";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  /** The ways to ask, as a mrkdwn section in a language. */
  static String howToAsk(Language language) {
    return "*" + escape(Texts.get(language, "how_to_ask")) + "*\n"
        + "\u2022 " + escape(Texts.get(language, "how_to_mention")) + "\n"
        + "\u2022 " + escape(Texts.get(language, "how_to_dm")) + "\n"
        + "\u2022 " + escape(Texts.get(language, "how_to_command", "`" + SlackChannel.COMMAND + "`"));
  }

  /** Slack's escaping for text it parses: &amp;, &lt; and &gt;. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String fallback(Answer answer) {
    if (!answer.lead().isEmpty() || answer.quotes().isEmpty()) {
      return escape(answer.lead());
    }
    Quote first = answer.quotes().get(0);
    return escape("\u201c" + first.text() + "\u201d \u2014 " + first.citation().label(Language.ofCode(answer.language())));
  }

  /**
   * Adds lines as sections of at most {@link #SECTION_CHARS} each, the first under {@code title} (null:
   * none), in at most {@code room} blocks; lines that do not fit are counted in a last line instead.
   */
  private static void addLines(JsonArray blocks, String title, List<String> lines, int room, Language language) {
    addLines(blocks, title, lines, room, language, 0);
  }

  /** Like the above, {@code unlisted} more lines counted in the last line without being given. */
  private static void addLines(JsonArray blocks, String title, List<String> lines, int room, Language language,
      int unlisted) {
    StringBuilder section = new StringBuilder(title == null ? "" : title);
    int used = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = fit(lines.get(i), SECTION_CHARS);
      if (section.length() + 1 + line.length() > SECTION_CHARS - 100) { // room kept for the "more" line
        if (used + 1 >= room) {
          section.append('\n').append(escape(Texts.get(language, "more_articles", lines.size() - i + unlisted)));
          blocks.add(section(section.toString()));
          return;
        }
        blocks.add(section(section.toString()));
        used++;
        section.setLength(0);
      }
      section.append(section.isEmpty() ? "" : "\n").append(line);
    }
    if (unlisted > 0) {
      section.append(section.isEmpty() ? "" : "\n").append(escape(Texts.get(language, "more_articles", unlisted)));
    }
    if (!section.isEmpty()) {
      blocks.add(section(section.toString()));
    }
  }

  private static int unlisted(List<Article> sources) {
    return Math.max(0, sources.size() - ChatCore.SOURCES_SHOWN);
  }

  /**
   * The text cut to at most {@code max} characters, with an ellipsis, where no escape ({@code &amp;}),
   * link ({@code <url|text>}) or character is split.
   */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    int open = text.lastIndexOf('<', cut - 1);
    if (open > text.lastIndexOf('>', cut - 1)) {
      cut = open;
    }
    int entity = text.lastIndexOf('&', cut - 1);
    if (entity > text.lastIndexOf(';', cut - 1)) {
      cut = entity;
    }
    if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "\u2026";
  }

  /** The newest {@link ChatCore#SOURCES_SHOWN} articles, a line each. */
  private static List<String> sourceLines(List<Article> sources, Language language) {
    return sources.stream().limit(ChatCore.SOURCES_SHOWN).map(article -> {
      Citation citation = Citation.of(article);
      String date = citation.date(language);
      return "\u2022 " + (date.isEmpty() ? Texts.get(language, "undated") : date) + " \u2014 "
          + dotted(headline(citation), escape(nullToEmpty(article.outlet())));
    }).toList();
  }

  private static String dotted(String... parts) {
    return String.join(" \u00b7 ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList());
  }

  private static String bullets(List<String> lines) {
    return String.join("\n", lines.stream().map(l -> "\u2022 " + escape(l)).toList());
  }

  private static JsonObject buttons(String answerId, boolean shareable, Language language) {
    List<BlockElement> elements = new java.util.ArrayList<>();
    elements.add(button("\ud83d\udc4d " + Texts.get(language, "helpful"), VOTE_UP, answerId));
    elements.add(button("\ud83d\udc4e " + Texts.get(language, "not_helpful"), VOTE_DOWN, answerId));
    if (shareable) {
      elements.add(button(Texts.get(language, "share"), SHARE, answerId));
    }
    return json(Blocks.actions("answer_actions", elements));
  }

  private static BlockElement button(String label, String actionId, String value) {
    return BlockElements.button(b -> b.text(BlockCompositions.plainText(label)).actionId(actionId).value(value));
  }

  private static JsonObject section(String mrkdwn) {
    return json(Blocks.section(s -> s.text(BlockCompositions.markdownText(fit(mrkdwn, SECTION_CHARS)))));
  }

  private static JsonObject context(String mrkdwn) {
    return json(Blocks.context(List.of(BlockCompositions.markdownText(fit(mrkdwn, SECTION_CHARS)))));
  }

  private static JsonObject header(String plain) {
    return json(Blocks.header(h -> h.text(BlockCompositions.plainText(fit(plain, HEADER_CHARS)))));
  }

  private static JsonObject divider() {
    return json(Blocks.divider());
  }

  /** A block built with the SDK's builders, as the JSON Slack takes (snake case, no nulls). */
  private static JsonObject json(LayoutBlock block) {
    return GSON.toJsonTree(block).getAsJsonObject();
  }
}
