package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.missionbot.Checkout;
import org.missionbot.corpus.Article;
import org.missionbot.corpus.Corpus;
import picocli.CommandLine;

/** The command line end to end: {@code Main.commandLine()} run on a home folder copied from the checkout. */
class CliIT {

  @TempDir
  static Path home;

  private static Corpus corpus;

  @BeforeAll
  static void copyTheHome() throws IOException {
    Checkout.copyHome(home);
    corpus = Checkout.corpus();
  }

  private static CliRun run(String... args) {
    return CliRun.of(home, args);
  }

  private static CliRun runWithInput(String stdin, String... args) {
    return CliRun.withInput(home, stdin, args);
  }

  private static JsonObject json(String line) {
    return JsonParser.parseString(line).getAsJsonObject();
  }

  @Test
  void askJsonPrintsOneObjectWithTheContract() {
    CliRun run = run("ask", "--json", "How much has Canada pledged?");

    assertEquals(0, run.exit(), run.err());
    assertEquals(1, run.lines().size(), run.out());
    JsonObject answer = json(run.lines().get(0));
    assertTrue(answer.keySet().containsAll(Set.of("question", "answered", "answer", "quotes")), answer.keySet().toString());
    assertEquals("How much has Canada pledged?", answer.get("question").getAsString());
    assertTrue(answer.get("answered").getAsJsonPrimitive().isBoolean());
    assertTrue(answer.get("answered").getAsBoolean());
    assertTrue(answer.get("answer").getAsString().contains("123 million"), answer.toString());
    assertTrue(answer.get("answer").getAsString().contains("80.5 million"), answer.toString());
    assertFalse(answer.getAsJsonArray("quotes").isEmpty());
    for (JsonElement element : answer.getAsJsonArray("quotes")) {
      assertQuoteKeepsTheContract(element.getAsJsonObject());
    }
  }

  private static void assertQuoteKeepsTheContract(JsonObject quote) {
    JsonObject source = quote.getAsJsonObject("source");
    assertTrue(source.keySet().containsAll(Set.of("id", "title", "outlet", "published", "url")), source.toString());
    Article article = corpus.article(source.get("id").getAsString());
    assertTrue(article.body().contains(quote.get("text").getAsString()), "verbatim: " + quote);
    assertEquals(article.title(), source.get("title").getAsString());
    if (article.outlet() == null) {
      assertTrue(source.get("outlet").isJsonNull(), source.toString());
    } else {
      assertEquals(article.outlet(), source.get("outlet").getAsString());
    }
    assertTrue(source.get("url").isJsonNull(), "no article has a url: " + source);
    assertTrue(source.get("published").getAsString().matches("\\d{4}-\\d{2}-\\d{2}"), source.toString());
    assertEquals(article.published().toString(), source.get("published").getAsString());
  }

  @Test
  void askJsonShowsAnUnknownOutletAsNullAndAKnownOneAsText() {
    CliRun run = run("ask", "--json", "How much has Canada pledged?");

    List<JsonObject> sources = new ArrayList<>();
    json(run.out()).getAsJsonArray("quotes").forEach(q -> sources.add(q.getAsJsonObject().getAsJsonObject("source")));
    assertTrue(sources.stream().anyMatch(s -> s.get("outlet").isJsonNull()), sources.toString());
    assertTrue(sources.stream().anyMatch(s -> !s.get("outlet").isJsonNull()
        && s.get("outlet").getAsString().equals("Associated Press")), sources.toString());
  }

  @Test
  void askJoinsTheWordsOfTheQuestion() {
    CliRun joined = run("ask", "--json", "How", "much", "has", "Canada", "pledged?");

    assertEquals(run("ask", "--json", "How much has Canada pledged?").out(), joined.out());
  }

  @Test
  void askWithoutJsonPrintsTheAnswerAsText() {
    CliRun run = run("ask", "How many Kenyan police officers arrived in the first group?");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("400 (25 Jun 2024)\n"), run.out());
    assertTrue(run.out().contains("\n[1] \u201c"), run.out());
    assertTrue(run.out().contains("\u2014 Kenyan Police Arrive in Haiti"), run.out());
  }

  @Test
  void askJsonWithoutAQuestionAnswersEachLineOfStandardInputInOrder() {
    String longLine = "Canada ".repeat(285) + "pledge";
    assertEquals(2001, longLine.length());
    List<String> questions = List.of("How much has Canada pledged?", "", "What is the capital of France?", longLine,
        "   ", "Who is Jimmy Cherizier?", "\u00c9t\u00e9 \ud83d\udcb0 \u0643\u0646\u062f\u0627");

    CliRun run = runWithInput(String.join("\n", questions) + "\n", "ask", "--json");

    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.lines();
    assertEquals(questions.size(), lines.size(), run.out());
    for (int i = 0; i < questions.size(); i++) {
      assertEquals(questions.get(i), json(lines.get(i)).get("question").getAsString(), "line " + (i + 1));
    }
    assertTrue(json(lines.get(0)).get("answered").getAsBoolean());
    assertEquals("empty", json(lines.get(1)).get("outcome").getAsString());
    assertEquals("not_in_articles", json(lines.get(2)).get("outcome").getAsString());
    assertEquals("too_long", json(lines.get(3)).get("outcome").getAsString());
    assertEquals("empty", json(lines.get(4)).get("outcome").getAsString());
    assertTrue(json(lines.get(5)).get("answered").getAsBoolean());
    for (String line : lines) {
      assertFalse(json(line).get("answer").getAsString().isEmpty() && !json(line).get("answered").getAsBoolean(),
          "an unanswered question says why: " + line);
    }
  }

  @Test
  void askJsonReadsWindowsLineEndingsAndALastLineWithoutNewline() {
    CliRun run = runWithInput("How much has Canada pledged?\r\n\r\nWho is Jimmy Cherizier?", "ask", "--json");

    assertEquals(3, run.lines().size(), run.out());
    assertEquals("", json(run.lines().get(1)).get("question").getAsString());
    assertEquals("Who is Jimmy Cherizier?", json(run.lines().get(2)).get("question").getAsString());
  }

  @Test
  void askJsonWithEmptyStandardInputPrintsNothing() {
    CliRun run = runWithInput("", "ask", "--json");

    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void askJsonReplacesBytesThatAreNotUtf8() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(new byte[] {'C', 'a', 'n', (byte) 0xff, (byte) 0xc3, '\n', 'o', 'k', '\n'}));
      assertEquals(0, cli.execute("--home", home.toString(), "ask", "--json"));
    } finally {
      System.setIn(original);
    }
    assertEquals(2, out.toString().lines().count(), out.toString());
  }

  @Test
  void sourcesListsTheFiveArticlesWithTheirDates() {
    CliRun run = run("sources");

    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.lines();
    assertEquals(5, lines.size(), run.out());
    for (String line : lines) {
      assertTrue(line.matches("(c\\. )?\\d{1,2} [A-Z][a-z]{2} \\d{4} +\\S.*"), line);
    }
    assertTrue(lines.get(0).matches("22 Sep 2025 +Canada, under PM Mark Carney.*"), lines.get(0));
    assertTrue(lines.get(1).matches("25 Jun 2024 +Kenyan Police Arrive in Haiti to Lead Security Mission Backed by Canada"
        + " \u2014 Associated Press"), lines.get(1));
    assertTrue(lines.get(3).matches("c\\. 28 Oct 2022 +Ottawa sends.*"), lines.get(3));
  }

  @Test
  void mainPrintsEveryLineBeforeTheJvmExits() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--home", home.toString(), "sources").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(0, process.waitFor());
    assertEquals(5, out.lines().count(), "a buffered stdout is flushed before System.exit: " + out);
  }

  @Test
  void aCommandDoneBeforeTheModelHasLoadedExitsCleanly() throws IOException, InterruptedException {
    // the model loads in the background; exiting while ONNX Runtime was in native code crashed the JVM
    // (exit 134) in about one run of three
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int run = 0; run < 6; run++) {
      Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "--home", home.toString(), "sources").redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertEquals(0, process.waitFor(), "run " + run);
    }
  }

  @Test
  void sourcesReportsABadArticleAndListsTheOthers(@TempDir Path otherHome) throws IOException {
    Checkout.copyHome(otherHome);
    Files.writeString(otherHome.resolve("index/articles/9999-bad.md"), "---\noutlet: nobody\n---\nText.\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    assertEquals(0, cli.execute("--home", otherHome.toString(), "sources"));

    assertEquals(5, out.toString().lines().count(), out.toString());
    assertTrue(err.toString().contains("skipped article 9999-bad.md"), err.toString());
  }

  @Test
  void aHomeFolderThatDoesNotExistIsAnErrorNotANewHome(@TempDir Path parent) {
    Path missing = parent.resolve("mistyped");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    assertEquals(2, cli.execute("--home", missing.toString(), "sources"));

    assertTrue(err.toString().contains("--home " + missing + ": no such folder"), err.toString());
    assertFalse(Files.exists(missing), "no home was made there");
  }

  @Test
  void indexRebuildsTheIndexInTheHome() throws IOException {
    CliRun run = run("index");

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("indexed 5 articles from "), run.out());
    assertTrue(run.out().contains("(0 skipped)"), run.out());
    String current = Files.readString(home.resolve("index").resolve("CURRENT")).strip();
    assertTrue(Files.isDirectory(home.resolve("index").resolve(current)), current);
  }

  @Test
  void evalPrintsThePassLineOfTheGoldenQuestions() throws IOException {
    Path golden = Checkout.GOLDEN_QUESTIONS.toAbsolutePath();

    CliRun run = run("eval", golden.toString());

    assertEquals(0, run.exit(), run.out() + run.err());
    String last = run.lines().get(run.lines().size() - 1);
    assertTrue(last.matches("golden-questions\\.jsonl: 22/22 pass, \\d+/22 in answer\\+first quote"), last);
  }

  @Test
  void evalPrintsMissesAndFailsWhenAQuestionMisses(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("one.jsonl");
    Files.writeString(file, "{\"id\":\"x1\",\"question\":\"How much has Canada pledged?\",\"abstain\":true}\n");

    CliRun run = run("eval", file.toString());

    assertEquals(1, run.exit());
    assertTrue(run.out().startsWith("MISS x1 How much has Canada pledged? -> \""), run.out());
    assertTrue(run.out().contains("one.jsonl: 0/1 pass, 0/1 in answer+first quote"), run.out());
  }

  @Test
  void evalScoresTheReferencesOnTheAnswerableQuestions(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("two.jsonl");
    Files.writeString(file, "{\"id\":\"x1\",\"question\":\"How much has Canada pledged?\",\"expect\":[[\"80.5 million\",\"123 million\"]]}\n"
        + "{\"id\":\"x2\",\"question\":\"What is the capital of France?\",\"abstain\":true}\n");

    for (String reference : List.of("naive", "bm25", "never-abstain")) {
      CliRun run = run("eval", "--reference", reference, file.toString());
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.out().contains("two.jsonl, " + reference + ": answer in the top 3 sentences for 1/1 answerable"),
          run.out());
    }
    CliRun bad = run("eval", "--reference", "oracle", file.toString());
    assertNotEquals(0, bad.exit());
    assertTrue(bad.err().contains("naive, bm25 or never-abstain"), bad.err());
  }

  @Test
  void trainWritesBothModelsOrOnlyTheDecisionWhenTheRankerIsKept(@TempDir Path out) throws IOException {
    Path golden = Checkout.GOLDEN_QUESTIONS.toAbsolutePath();
    Path decision = out.resolve("org/missionbot/answer/decision.properties");
    Path ranker = out.resolve("org/missionbot/search/ranker.properties");

    CliRun kept = run("train", "--keep-ranker", "--out", out.toString(), golden.toString());

    assertEquals(0, kept.exit(), kept.err());
    assertTrue(Files.readString(decision).startsWith("# trained by `train` on [golden-questions.jsonl] (22 questions)"),
        Files.readString(decision));
    assertTrue(Files.readString(decision).contains("threshold="), Files.readString(decision));
    assertFalse(Files.exists(ranker), "the kept ranker is not written");
    assertTrue(kept.out().contains("with the new weights, on the training questions: answer found"), kept.out());

    CliRun both = run("train", "--out", out.toString(), golden.toString());

    assertEquals(0, both.exit(), both.err());
    assertTrue(Files.readString(ranker).contains("weight.similarity="), Files.readString(ranker));
    assertTrue(both.out().contains("before fitting"), both.out());
  }

  @Test
  void evalOfAMissingFileIsAnErrorOnErr() {
    CliRun run = run("eval", home.resolve("no-such-file.jsonl").toString());

    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("no-such-file.jsonl"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--bogus", "ask --bogus", "ask --json --nope How", "sources --all", "index -x", "eval --fast questions.jsonl"})
  void unknownOptionIsAnErrorOnErr(String args) {
    CliRun run = run(args.split(" "));

    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("Unknown option"), run.err());
    assertTrue(run.err().contains("Usage:"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownCommandIsAnErrorOnErr() {
    CliRun run = run("frobnicate");

    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("frobnicate"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void evalWithoutItsFileIsAnErrorOnErr() {
    CliRun run = run("eval");

    assertNotEquals(0, run.exit());
    assertTrue(run.err().contains("FILE"), run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ask", "sources", "add", "index", "eval", "bench", "help"})
  void helpWorksOnEverySubcommand(String command) {
    for (String flag : List.of("--help", "-h")) {
      CliRun run = run(command, flag);

      assertEquals(0, run.exit(), command + " " + flag + ": " + run.err());
      assertTrue(run.out().contains("Usage: mission-bot " + command), run.out());
      assertEquals("", run.err());
    }
  }

  @Test
  void helpOfTheCommandLineListsTheCommands() {
    CliRun run = run("--help");

    assertEquals(0, run.exit());
    for (String command : List.of("ask", "sources", "index", "eval", "bench")) {
      assertTrue(run.out().contains("\n  " + command + " "), run.out());
    }
    assertEquals(run.out(), run("help").out());
  }

  @Test
  void versionIsPrinted() {
    CliRun run = run("--version");

    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("mission-bot "), run.out());
  }
}
