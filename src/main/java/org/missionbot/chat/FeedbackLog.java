package org.missionbot.chat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.missionbot.answer.Answer;
import org.missionbot.answer.Quote;

/**
 * The one log of questions and votes, for every channel, and the summary of it that the {@code stats}
 * command prints: an append-only JSON-lines file, one record a line, {@code {"kind":"question",...}}
 * or {@code {"kind":"vote",...}}, each with its channel, the question, the answer's outcome and the
 * articles quoted. People are never written as the platforms know them: each id is replaced by a keyed
 * hash (HMAC-SHA256 under a key of the log's own, or FEEDBACK_KEY), so one person's records can be
 * counted together but not traced back without the key. Records older than the retention are removed
 * when the log opens and once a day after. Thread-safe.
 */
public final class FeedbackLog {

  /** How long records are kept unless FEEDBACK_RETENTION_DAYS says otherwise. */
  public static final Duration DEFAULT_RETENTION = org.missionbot.config.FeedbackSettings.DEFAULT_RETENTION;
  private static final int DAYS_SHOWN = 7;

  private final Path file;
  private final Clock clock;
  private final byte[] key;
  private final Duration retention;
  private Instant purged = Instant.MIN;

  /**
   * The log in {@code file}, people's ids hashed under {@code key}, records kept for {@code retention};
   * records past it are removed now.
   */
  public FeedbackLog(Path file, Clock clock, byte[] key, Duration retention) throws IOException {
    if (key.length == 0 || retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("the feedback key must not be empty and the retention must be positive");
    }
    this.file = file;
    this.clock = clock;
    this.key = key.clone();
    this.retention = retention;
    purgeIfDue();
  }

  /**
   * Keeps the retention while nothing is written too: checks once an hour, on a daemon thread, and
   * purges when a day has passed since the last purge. Returns this log.
   */
  public FeedbackLog purgingDaily() {
    Thread.ofVirtual().name("feedback-retention").start(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(Duration.ofHours(1));
          purgeIfDue();
        } catch (InterruptedException e) {
          return;
        } catch (IOException | RuntimeException e) {
          org.slf4j.LoggerFactory.getLogger(FeedbackLog.class).warn("could not purge {}: {}", file, e.toString());
        }
      }
    });
    return this;
  }

  /** The log the settings describe: their file, key and retention. */
  public static FeedbackLog open(org.missionbot.config.FeedbackSettings settings, Clock clock) throws IOException {
    return open(settings.file(), settings.key() == null ? null : settings.key().reveal(), settings.retention(), clock);
  }

  /**
   * The log in {@code file} with the key {@code secret} (FEEDBACK_KEY; null or blank: a random key kept
   * beside the log in {@code FILE.key}, readable by its owner only, made on first use).
   */

  public static FeedbackLog open(Path file, String secret, Duration retention, Clock clock) throws IOException {
    byte[] key = secret != null && !secret.isBlank() ? secret.strip().getBytes(StandardCharsets.UTF_8) : keyBeside(file);
    return new FeedbackLog(file, clock, key, retention).purgingDaily();
  }

  /** Records a question asked on a channel, with its answer's outcome and the articles quoted. */
  public void question(String channel, String answerId, String user, Answer answer) throws IOException {
    JsonObject line = record("question", channel, answerId, user, answer);
    line.addProperty("answered", answer.answered());
    append(line);
  }

  /** Records a vote, up or down, on an answer. */
  public void vote(String channel, String answerId, String user, Answer answer, boolean up) throws IOException {
    JsonObject line = record("vote", channel, answerId, user, answer);
    line.addProperty("vote", up ? "up" : "down");
    append(line);
  }

  /** The keyed hash a person's id is written as: 16 hex digits, the same for the same id and key. */
  String pseudonym(String user) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(user.getBytes(StandardCharsets.UTF_8)), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /**
   * The summary of a feedback file: questions, unanswered ones (and the most asked of those) and votes,
   * then the same per channel and the questions of each of the last days. Lines that cannot be read are
   * counted, not fatal.
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

  private JsonObject record(String kind, String channel, String answerId, String user, Answer answer) {
    JsonObject line = new JsonObject();
    line.addProperty("kind", kind);
    line.addProperty("time", clock.instant().toString());
    line.addProperty("channel", channel);
    line.addProperty("answer_id", answerId);
    line.addProperty("user", pseudonym(user));
    line.addProperty("question", answer.question());
    line.addProperty("outcome", answer.outcome().name().toLowerCase(Locale.ROOT));
    JsonArray sources = new JsonArray();
    answer.quotes().stream().map(Quote::citation).map(c -> c.articleId()).distinct().forEach(sources::add);
    line.add("sources", sources);
    return line;
  }

  private synchronized void append(JsonObject line) throws IOException {
    purgeIfDue();
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Once a day: rewrites the file without the records older than the retention, aside and moved over it. */
  private synchronized void purgeIfDue() throws IOException {
    Instant now = clock.instant();
    if (purged.isAfter(now.minus(Duration.ofDays(1))) || !Files.exists(file)) {
      return;
    }
    purged = now;
    Instant cutoff = now.minus(retention);
    List<String> kept = new ArrayList<>();
    boolean dropped = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Instant time = time(line);
      if (time != null && time.isBefore(cutoff)) {
        dropped = true;
      } else {
        kept.add(line);
      }
    }
    if (!dropped) {
      return;
    }
    Path aside = file.resolveSibling(file.getFileName() + ".next");
    Files.write(aside, kept, StandardCharsets.UTF_8);
    try (java.nio.channels.FileChannel sync = java.nio.channels.FileChannel.open(aside, StandardOpenOption.WRITE)) {
      sync.force(true); // on disk before it replaces the log: a crash leaves the old log or the new, whole
    }
    try {
      Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** A record's time, or null when the line has none that can be read (kept: it is not known to be old). */
  private static Instant time(String line) {
    try {
      JsonElement time = JsonParser.parseString(line).getAsJsonObject().get("time");
      return time == null ? null : Instant.parse(time.getAsString());
    } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | DateTimeParseException e) {
      return null;
    }
  }

  /** The key kept in {@code FILE.key} beside the log, made (32 random bytes) on first use. */
  private static byte[] keyBeside(Path file) throws IOException {
    Path keyFile = file.resolveSibling(file.getFileName() + ".key");
    if (!Files.exists(keyFile)) {
      Path parent = keyFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      Path aside = Files.createTempFile(keyFile.toAbsolutePath().getParent(), ".key-", ".tmp"); // owner-only
      try {
        Files.writeString(aside, HexFormat.of().formatHex(fresh) + "\n", StandardCharsets.US_ASCII);
        Files.createLink(keyFile, aside); // fails if another process made the key meanwhile: theirs is kept
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another process's key, used below
      } finally {
        Files.deleteIfExists(aside);
      }
    }
    return Files.readString(keyFile, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
  }

  /** The counts of a feedback file, read line by line. */
  private static final class Tally {
    private final Counts all = new Counts();
    private final Map<String, Counts> channels = new TreeMap<>();
    private final Map<LocalDate, Integer> days = new TreeMap<>();
    private int unreadable;
    private final Map<String, Integer> unansweredQuestions = new LinkedHashMap<>();

    void add(String line) {
      if (line.isBlank()) {
        return;
      }
      try {
        JsonObject record = JsonParser.parseString(line).getAsJsonObject();
        String kind = record.get("kind").getAsString();
        JsonElement channel = record.get("channel");
        Counts of = channels.computeIfAbsent(channel == null ? "slack" : channel.getAsString(), c -> new Counts());
        if (kind.equals("question")) {
          boolean answered = record.get("answered").getAsBoolean();
          all.question(answered);
          of.question(answered);
          if (!answered) {
            unansweredQuestions.merge(record.get("question").getAsString().strip(), 1, Integer::sum);
          }
          days.merge(Instant.parse(record.get("time").getAsString()).atZone(ZoneOffset.UTC).toLocalDate(), 1, Integer::sum);
        } else if (kind.equals("vote")) {
          boolean up = record.get("vote").getAsString().equals("up");
          all.vote(up);
          of.vote(up);
        }
      } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException
          | DateTimeParseException e) {
        unreadable++;
      }
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      out.append("questions: ").append(all.questions).append('\n');
      out.append("unanswered questions: ").append(all.questions - all.answered).append('\n');
      out.append("votes: ").append(all.votes()).append('\n');
      if (unreadable > 0) {
        out.append("unreadable lines: ").append(unreadable).append('\n');
      }
      List<Map.Entry<String, Integer>> top = unansweredQuestions.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10).toList();
      if (!top.isEmpty()) {
        out.append("most asked unanswered:\n");
        top.forEach(e -> out.append("  ").append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
      }
      if (!channels.isEmpty()) {
        out.append("per channel:\n");
        channels.forEach((name, c) -> out.append("  ").append(name).append(": ").append(c.questions)
            .append(" questions, ").append(c.answered).append(" answered")
            .append(c.questions == 0 ? "" : " (" + Math.round(100.0 * c.answered / c.questions) + "%)")
            .append(", votes ").append(c.votes()).append('\n'));
      }
      if (!days.isEmpty()) {
        out.append("questions a day (UTC, the last ").append(DAYS_SHOWN).append(" with any):\n");
        List<Map.Entry<LocalDate, Integer>> recent = new ArrayList<>(days.entrySet());
        recent.subList(Math.max(0, recent.size() - DAYS_SHOWN), recent.size())
            .forEach(e -> out.append("  ").append(e.getKey()).append("  ").append(e.getValue()).append('\n'));
      }
      return out.toString();
    }
  }

  /** Questions, answered ones and votes, of all channels or one. */
  private static final class Counts {
    private int questions;
    private int answered;
    private int up;
    private int down;

    void question(boolean wasAnswered) {
      questions++;
      if (wasAnswered) {
        answered++;
      }
    }

    void vote(boolean isUp) {
      if (isUp) {
        up++;
      } else {
        down++;
      }
    }

    String votes() {
      return (up + down) + " (\ud83d\udc4d " + up + ", \ud83d\udc4e " + down + ")";
    }
  }
}
