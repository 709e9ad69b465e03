package org.missionbot.chat.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Quote;

/**
 * An append-only JSON-lines file of the questions people asked and their votes on the answers, and
 * the summary of it that the {@code stats} command prints. One line a record:
 * {@code {"kind":"question",...}} or {@code {"kind":"vote",...}}. Thread-safe.
 */
public final class FeedbackLog {

  private final Path file;
  private final Clock clock;

  public FeedbackLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Records a question and whether it was answered, from which articles. */
  public void question(String answerId, String user, Answer answer) throws IOException {
    JsonObject line = record("question", answerId, user, answer);
    line.addProperty("answered", answer.answered());
    append(line);
  }

  /** Records a vote, up or down, on an answer. */
  public void vote(String answerId, String user, Answer answer, boolean up) throws IOException {
    JsonObject line = record("vote", answerId, user, answer);
    line.addProperty("vote", up ? "up" : "down");
    append(line);
  }

  /**
   * The summary of a feedback file: how many questions, how many went unanswered (and the most asked
   * of those), and the votes. Lines that cannot be read are counted, not fatal.
   */
  public static String summarise(Path file) throws IOException {
    if (!Files.exists(file)) {
      return "No feedback yet: " + file + " does not exist.\n";
    }
    Tally tally = new Tally();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        tally.add(line);
      }
    }
    return tally.toString();
  }

  private JsonObject record(String kind, String answerId, String user, Answer answer) {
    JsonObject line = new JsonObject();
    line.addProperty("kind", kind);
    line.addProperty("time", clock.instant().toString());
    line.addProperty("answer_id", answerId);
    line.addProperty("user", user);
    line.addProperty("question", answer.question());
    JsonArray sources = new JsonArray();
    answer.quotes().stream().map(Quote::citation).map(c -> c.articleId()).distinct().forEach(sources::add);
    line.add("sources", sources);
    return line;
  }

  private synchronized void append(JsonObject line) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The counts of a feedback file, read line by line. */
  private static final class Tally {
    private int questions;
    private int unanswered;
    private int up;
    private int down;
    private int unreadable;
    private final Map<String, Integer> unansweredQuestions = new LinkedHashMap<>();

    void add(String line) {
      if (line.isBlank()) {
        return;
      }
      try {
        JsonObject record = JsonParser.parseString(line).getAsJsonObject();
        String kind = record.get("kind").getAsString();
        if (kind.equals("question")) {
          question(record);
        } else if (kind.equals("vote")) {
          vote(record);
        }
      } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
        unreadable++;
      }
    }

    private void question(JsonObject record) {
      questions++;
      if (!record.get("answered").getAsBoolean()) {
        unanswered++;
        unansweredQuestions.merge(record.get("question").getAsString().strip(), 1, Integer::sum);
      }
    }

    private void vote(JsonObject record) {
      if (record.get("vote").getAsString().equals("up")) {
        up++;
      } else {
        down++;
      }
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      out.append("questions: ").append(questions).append('\n');
      out.append("unanswered questions: ").append(unanswered).append('\n');
      out.append("votes: ").append(up + down).append(" (\ud83d\udc4d ").append(up).append(", \ud83d\udc4e ").append(down).append(")\n");
      if (unreadable > 0) {
        out.append("unreadable lines: ").append(unreadable).append('\n');
      }
      List<Map.Entry<String, Integer>> top = unansweredQuestions.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10).toList();
      if (!top.isEmpty()) {
        out.append("most asked unanswered:\n");
        top.forEach(e -> out.append("  ").append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
      }
      return out.toString();
    }
  }
}
