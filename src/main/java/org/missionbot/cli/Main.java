package org.missionbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.missionbot.chat.ChatCore;
import org.missionbot.chat.FeedbackLog;
import org.missionbot.chat.Feedback;
import org.missionbot.chat.ConsoleChat;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;
import org.missionbot.index.Embedder;
import org.missionbot.config.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line. Without a command it serves the configured chat channels, or, when no token is
 * set, starts the console chat. Only {@link #main} exits.
 */
@Command(name = "mission-bot", mixinStandardHelpOptions = true, version = "mission-bot 0.1",
    description = "Answers questions about the MSS mission in Haiti with verbatim, cited quotes from news articles.")
public final class Main implements Callable<Integer> {

  /** The commands, in the order help lists them. */
  static final List<Class<?>> COMMANDS = List.of(AskCommand.class, SourcesCommand.class, AddCommand.class,
      ArticleCommands.Remove.class, ArticleCommands.Update.class, IndexCommand.class, EvalCommand.class,
      TrainCommand.class, CalibrateCommand.class, BenchCommand.class, ServeCommand.class, StatsCommand.class,
      HealthcheckCommand.class, CommandLine.HelpCommand.class);

  /** Held so the setting outlives garbage collection: Lucene's note at start that the vector API is off is not news for users. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @Option(names = "--home", paramLabel = "DIR",
      description = "Folder with index/articles and config (default: $MISSION_BOT_HOME, this folder, or ~/.mission-bot).")
  Path home;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (answersAtOnce(args)) {
      Embedder.warmUp(); // the model loads while the command line is read and the index opens
    }
    HttpServerLimits.apply();
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    CommandLine cli = commandLine(args);
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    Embedder.awaitWarmUp(); // a command done before the model has loaded ("sources") exits after it
    System.exit(code);
  }

  /** The commands whose first answer waits for the embedding model: the chat (no command), serve and ask. */
  private static final java.util.Set<String> ANSWERING = java.util.Set.of("ask", "serve");

  /**
   * Whether the command line asks for an answer soon (the chat, {@code serve}, {@code ask}, without a
   * help or version option), read before the command line is parsed in full: such a command starts
   * loading the model first. Another command, or a line that turns out bad, only loads it needlessly.
   */
  static boolean answersAtOnce(String[] args) {
    String command = commandOf(args);
    return !asksForHelp(args) && (command == null || ANSWERING.contains(command));
  }

  /** The command the arguments name (their first word that is no option or option's value), or null. */
  static String commandOf(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--home")) {
        i++; // its folder
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return null;
  }

  private static boolean asksForHelp(String[] args) {
    return java.util.Arrays.stream(args).anyMatch(List.of("-h", "--help", "-V", "--version")::contains);
  }

  /** Every command. */
  static CommandLine commandLine() {
    return commandLine(COMMANDS);
  }

  /**
   * The command line for these arguments: with only the command they name, when they name one
   * ({@code help} aside), else with all. Picocli reads every command's options and their types to
   * build its model: for the 13 commands not run, 0.03-0.08 s of the first answer of {@code ask}.
   */
  static CommandLine commandLine(String[] args) {
    String named = commandOf(args);
    List<Class<?>> only = COMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class
        && c.getAnnotation(Command.class).name().equals(named)).toList();
    return commandLine(only.isEmpty() ? COMMANDS : only);
  }

  private static CommandLine commandLine(List<Class<?>> commands) {
    CommandLine cli = new CommandLine(new Main());
    commands.forEach(cli::addSubcommand);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("mission-bot: " + message(e));
      return 2;
    });
    return cli;
  }

  /** What went wrong, in words: a file missing is named as one, not by its bare path. */
  static String message(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "not allowed to read or write " + denied.getFile();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  @Override
  public Integer call() throws Exception {
    Home home = home();
    Map<String, String> settings = Settings.load(home, System.getenv()).values();
    if (Channels.anyConfigured(settings)) {
      return spec.commandLine().getSubcommands().get("serve").execute();
    }
    try (MissionBot bot = openWatchingBot(home)) {
      ChatCore core = ChatCore.forConsole(bot);
      Feedback feedback = Feedback.of(core, Channels.feedbackLog(settings), null);
      org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder().system(true)
          .dumb(true).build();
      if (System.console() != null && TerminalConsole.interactive(terminal)) {
        try (TerminalConsole console = new TerminalConsole(terminal, home.root().resolve("data/console-history"))) {
          new ConsoleChat(core, console, console.writer(), feedback, console::style).run();
        }
      } else {
        terminal.close(); // piped: plain lines in, plain text out
        new ConsoleChat(core, new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
            java.nio.charset.StandardCharsets.UTF_8)), spec.commandLine().getOut(), feedback).run();
      }
    }
    return 0;
  }

  Home home() throws IOException {
    Map<String, String> env = System.getenv();
    if (home != null && !java.nio.file.Files.isDirectory(home)) {
      // a mistyped folder must not quietly become a new home with the bundled articles
      throw new CommandLine.ParameterException(spec.commandLine(), "--home " + home
          + ": no such folder (create it first, or leave --home out to use the default home)");
    }
    if (home != null) {
      String articles = env.get(Home.ARTICLES_ENV);
      env = articles == null ? Map.of(Home.ENV, home.toString())
          : Map.of(Home.ENV, home.toString(), Home.ARTICLES_ENV, articles);
    }
    return Home.locate(env, Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home")));
  }

  /** The bot on the home's articles; the embedding model loads beside the index, ready by the first question. */
  MissionBot openBot() throws IOException {
    Embedder.warmUp();
    return reportProblems(MissionBot.open(home()));
  }

  /**
   * A bot for a long run on the home's articles: it picks up articles added or changed while it runs.
   * It is ready once the embedding model has loaded too (loading beside the index), so that a run
   * that cannot answer fails at start, not at its first question, and once it has answered its warm-up
   * questions on this thread ({@link MissionBot#warmUp}).
   */
  MissionBot openWatchingBot(Home home) throws IOException {
    Embedder.warmUp();
    MissionBot bot = reportProblems(MissionBot.open(home, MissionBot.CHECK_EVERY));
    try {
      Embedder.awaitShipped();
    } catch (IllegalStateException e) {
      bot.close();
      throw e;
    }
    bot.warmUp(); // before any channel answers on virtual threads
    return bot;
  }

  private MissionBot reportProblems(MissionBot bot) {
    bot.problems().forEach(p -> spec.commandLine().getErr().println("skipped article " + p));
    return bot;
  }
}
