package org.missionbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.answer.Answer;
import org.missionbot.chat.shared.SharedStore;
import org.missionbot.corpus.Article;
import org.missionbot.search.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation, once for every channel: reads each message (command, empty, question) into a
 * {@link Reply}, and keeps the rate limit per person, follow-ups and the language per conversation. A
 * channel adapter only translates messages from its platform into a {@link Message} and renders the
 * replies in its markup. Thread-safe.
 */
public final class ChatCore {

  /** Three questions to offer a newcomer, in English. */
  public static final List<String> EXAMPLES = Texts.examples(Language.ENGLISH);
  public static final String GREETING = Texts.get(Language.ENGLISH, "greeting");
  public static final String HELP = Texts.get(Language.ENGLISH, "help");
  public static final String ABOUT = Texts.get(Language.ENGLISH, "about");
  public static final String RATE_LIMITED = Texts.get(Language.ENGLISH, "rate_limited");
  public static final String NOT_TEXT = Texts.get(Language.ENGLISH, "not_text");
  public static final String FAILED = Texts.get(Language.ENGLISH, "failed");

  /** The commands every channel knows, without their "/": anything else starting with "/" is unknown. */
  public static final Set<String> COMMANDS = Set.of("start", "help", "sources", "about", "ask");

  /** "/name" and what follows it; the name starts with a letter, so "/ 2024" or "/?" is no command. */
  private static final Pattern COMMAND =
      Pattern.compile("/(\\p{L}[\\p{L}\\p{N}_]*)(?:\\s+(.*))?", Pattern.DOTALL);
  private static final Logger LOG = LoggerFactory.getLogger(ChatCore.class);

  /** How many articles, newest first, a chat's source list shows; the rest are counted. */
  public static final int SOURCES_SHOWN = 50;

  private final MissionBot bot;
  private final FollowUps followUps;
  private final RateLimiter limiter;
  private final String channel;
  private final Metrics metrics;
  private final QuestionLog log;
  /** The language each recent conversation has been in: a short next message ("Ruto?") keeps it. */
  private final ConversationLanguages languages;

  public ChatCore(MissionBot bot, FollowUps followUps, RateLimiter limiter) {
    this(bot, followUps, limiter, "chat", new Metrics(), QuestionLog.info());
  }

  ChatCore(MissionBot bot, FollowUps followUps, RateLimiter limiter, String channel, Metrics metrics, QuestionLog log) {
    this(bot, followUps, limiter, channel, metrics, log, new ConversationLanguages(10_000));
  }

  private ChatCore(MissionBot bot, FollowUps followUps, RateLimiter limiter, String channel, Metrics metrics,
      QuestionLog log, ConversationLanguages languages) {
    this.languages = languages;
    this.bot = bot;
    this.followUps = followUps;
    this.limiter = limiter;
    this.channel = channel;
    this.metrics = metrics;
    this.log = log;
    metrics.register(channel);
  }

  /**
   * This core, its questions counted in {@code metrics} and logged under the channel's name
   * ({@code telegram}, {@code slack}, {@code console}); follow-ups, rate limits and conversations'
   * languages stay shared.
   */
  public ChatCore observedAs(String channel, Metrics metrics) {
    return new ChatCore(bot, followUps, limiter, channel, metrics, log, languages);
  }

  /** A core with the defaults: follow-ups for 10 minutes, 20 questions a minute per person. */
  public static ChatCore withDefaults(MissionBot bot) {
    Clock clock = Clock.systemUTC();
    return new ChatCore(bot, new FollowUps(Duration.ofMinutes(10), 10_000, clock),
        new RateLimiter(20, Duration.ofMinutes(1), clock));
  }

  /**
   * A core for a chat channel: follow-ups for 10 minutes, {@code perMinute} questions a minute per
   * person, conversations' languages; all of them kept in {@code shared} as well when it is not null,
   * so that every replica sees the same.
   */
  public static ChatCore forChannel(MissionBot bot, int perMinute, SharedStore shared) {
    Clock clock = Clock.systemUTC();
    return new ChatCore(bot, new FollowUps(Duration.ofMinutes(10), 10_000, clock, shared),
        new RateLimiter(perMinute, Duration.ofMinutes(1), clock, shared), "chat", new Metrics(), QuestionLog.info(),
        new ConversationLanguages(10_000, shared));
  }

  /** A core for one person at a keyboard: follow-ups, and no rate limit worth the name. */
  public static ChatCore forConsole(MissionBot bot) {
    Clock clock = Clock.systemUTC();
    return new ChatCore(bot, new FollowUps(Duration.ofMinutes(10), 1, clock),
        new RateLimiter(Integer.MAX_VALUE, Duration.ofSeconds(1), clock), "console", new Metrics(), QuestionLog.debug());
  }

  /**
   * The reply to a message, read here once for every channel: no text is {@link Reply.Notice.Kind#NOT_TEXT};
   * an empty message, or /start, gets the greeting; /help (or "help", "?") the help; /sources (or
   * "sources") the articles; /about (or "about") what the bot is; another /command the note that it is unknown;
   * "/ask question" and any other text are questions, answered as {@link #ask} does. A failure (the bot
   * closed under an answer or a source list) is logged and the person told to try again.
   */
  public Reply handle(Message message) {
    return handle(message, () -> { });
  }

  /**
   * Like {@link #handle(Message)}; {@code answering} runs once the message is read as a question, before
   * the answer is looked for (a channel shows "typing…" then).
   */
  public Reply handle(Message message, Runnable answering) {
    Language language = language(message.conversation(), message.userLanguage());
    if (message.text() == null) {
      return Reply.Notice.of(Reply.Notice.Kind.NOT_TEXT, language);
    }
    Command command = Command.read(message.text());
    try {
      if (command.name() == null) {
        answering.run();
        return ask(message.conversation(), message.user(), command.question(), message.ref(), message.userLanguage());
      }
      return switch (command.name().toLowerCase(Locale.ROOT)) {
        case "start", "ask" -> new Reply.Greeting(language);
        case "help" -> new Reply.Help(language);
        case "sources" -> new Reply.Sources(language, sources());
        case "about" -> Reply.Notice.of(Reply.Notice.Kind.ABOUT, language);
        default -> new Reply.Notice(language, Reply.Notice.Kind.UNKNOWN_COMMAND,
            Texts.get(language, "unknown_command", "/" + command.name()));
      };
    } catch (RuntimeException e) {
      LOG.error("answering failed", e);
      return Reply.Notice.of(Reply.Notice.Kind.FAILED, language);
    }
  }

  /**
   * A message's text read as a command or a question.
   *
   * @param name the command as written, without its "/" ("help", "Foo"); null for a question
   * @param question the question ("/ask" and the words after it, or the whole text); "" for a command
   */
  private record Command(String name, String question) {

    static Command read(String raw) {
      String text = raw.strip().replaceAll("\\s+", " ");
      Matcher slash = COMMAND.matcher(text);
      if (slash.matches()) {
        String rest = slash.group(2) == null ? "" : slash.group(2).strip();
        return slash.group(1).equalsIgnoreCase("ask") && !rest.isEmpty() ? new Command(null, rest)
            : new Command(slash.group(1), "");
      }
      String bare = switch (text.toLowerCase(Locale.ROOT)) { // a command's word alone
        case "", "start" -> "start";
        case "help", "?" -> "help";
        case "sources" -> "sources";
        case "about" -> "about";
        default -> null;
      };
      return new Command(bare, bare == null ? text : "");
    }
  }

  /**
   * Answers a question from a person in a conversation (a chat, a thread): within the person's rate
   * limit, and read as a follow-up of the conversation's previous question when it is one. Every
   * question is counted and logged here, once, whichever channel asks it.
   */
  public Reply ask(String conversation, String user, String question) {
    return ask(conversation, user, question, null);
  }

  /**
   * Like {@link #ask(String, String, String)}, with what the adapter knows the message by
   * ({@code update:7}, {@code event:Ev1}) for the log line; null when nothing.
   */
  public Reply ask(String conversation, String user, String question, String ref) {
    return ask(conversation, user, question, ref, null);
  }

  /**
   * Like {@link #ask(String, String, String, String)}, with the language the asker's app is set to
   * ("fr", "ht-HT"; null when unknown), which reads a question too short to tell when the conversation
   * has no language yet.
   */
  public Reply ask(String conversation, String user, String question, String ref, String userLanguage) {
    long start = System.nanoTime();
    Metrics.Outcome outcome = Metrics.Outcome.ERROR;
    try {
      Reply reply = answer(conversation, user, question, Language.ofCode(userLanguage));
      outcome = outcome(reply);
      return reply;
    } finally {
      Duration latency = Duration.ofNanos(System.nanoTime() - start);
      metrics.record(channel, outcome, latency);
      log.question(channel, conversation, ref, outcome, latency, question);
    }
  }

  private Reply answer(String conversation, String user, String question, Language userLanguage) {
    Language hint = languages.get(conversation);
    if (!limiter.tryAcquire(user)) {
      Language language = hint != null ? hint : userLanguage;
      return Reply.Notice.of(Reply.Notice.Kind.RATE_LIMITED, language == null ? Language.ENGLISH : language);
    }
    String readAs = followUps.resolve(conversation, question);
    Answer answer = bot.answer(readAs, hint != null ? hint : userLanguage);
    languages.put(conversation, Language.ofCode(answer.language()));
    if (answer.answered() && !answer.language().equals(Language.ENGLISH.code()) && languages.firstTold(conversation)) {
      answer = answer.withEnglishNote(); // once a conversation: the quotes that follow are in English
    }
    if (!readAs.equals(question)) { // a follow-up: say how it was read, so a wrong reading shows
      answer = answer.withFirstLine(Texts.get(Language.ofCode(answer.language()), "reading_as", readAs));
    }
    return new Reply.Answered(answer);
  }

  private static Metrics.Outcome outcome(Reply reply) {
    return reply instanceof Reply.Answered answered
        ? answered.answer().answered() ? Metrics.Outcome.ANSWERED : Metrics.Outcome.NOT_ANSWERED
        : Metrics.Outcome.RATE_LIMITED;
  }

  /**
   * The language to speak to a person in outside answers (greeting, help, notices): the language of
   * the conversation so far, else the one the person's app is set to ("fr-CA"; null when unknown),
   * else English.
   */
  public Language language(String conversation, String userLanguage) {
    Language spoken = languages.get(conversation);
    Language app = Language.ofCode(userLanguage);
    return spoken != null ? spoken : app != null ? app : Language.ENGLISH;
  }

  /**
   * The answer to a question asked before (on this or another replica), for its buttons: neither
   * counted, logged nor rate-limited again.
   */
  public Answer answerAgain(String question, Language language) {
    return bot.answer(question, language);
  }

  /** The articles, newest first. */
  public List<Article> sources() {
    return bot.sources();
  }
}
