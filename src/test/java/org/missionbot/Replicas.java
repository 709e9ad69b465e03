package org.missionbot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.missionbot.cli.Main;

/**
 * Replicas of the bot as separate {@code serve} processes, the way they run in production: each with
 * its own home (its own local index) and port, all sharing one Redis, one folder of articles and the
 * chat stand-ins the settings name. What each writes to standard error goes to {@code serve.log} in its home.
 * Each listens on a port the system picks (PORT=0) and is known by the port its log names: a port picked
 * by the test and handed over would be free when picked and could be taken by the time the JVM binds it.
 */
public final class Replicas implements AutoCloseable {

  /** What serve writes once it listens, naming the port. */
  private static final Pattern SERVING = Pattern.compile("serving /healthz and /metrics on port (\\d+)");

  private final Path root;
  private final Map<String, String> settings;
  private final List<Replica> replicas = new ArrayList<>();
  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** One replica: its process, port and home. */
  public record Replica(Process process, int port, Path home) {
    public String log() throws IOException {
      Path log = home.resolve("serve.log");
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
  }

  /**
   * Replicas under {@code root}, their articles in {@code root/articles}, with these settings each
   * (REDIS_URL, the channel's tokens and addresses); PORT is each one's own.
   */
  public Replicas(Path root, Map<String, String> settings) throws IOException {
    this.root = root;
    this.settings = settings;
    Checkout.copyFolder(Checkout.ARTICLES, articles());
  }

  /** The folder of articles every replica answers from. */
  public Path articles() {
    return root.resolve("articles");
  }

  /** Starts {@code n} more replicas side by side, and waits until each runs its channels; each is known by the port it serves on. */
  public List<Replica> start(int n) throws Exception {
    List<Replica> launched = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      launched.add(launch(replicas.size() + i));
    }
    List<Replica> started = new ArrayList<>();
    for (Replica replica : launched) {
      await(replica, "channel running", Duration.ofSeconds(120));
      started.add(new Replica(replica.process(), boundPort(replica), replica.home()));
    }
    replicas.addAll(started);
    return started;
  }

  public Replica get(int i) {
    return replicas.get(i);
  }

  /** Posts JSON to a replica's {@code path} with these headers (name, value, …); returns the status. */
  public int post(Replica replica, String path, String json, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.port() + path))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(40)) // a webhook waits for its answer
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** A replica's /healthz: status code and body. */
  public HttpResponse<String> health(Replica replica) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.port() + "/healthz"))
        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the replica's log holds {@code text}. */
  public static void await(Replica replica, String text, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (replica.log().contains(text)) {
        return;
      }
      if (!replica.process().isAlive()) {
        throw new AssertionError("replica exited with " + replica.process().exitValue() + ":\n" + replica.log());
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no '" + text + "' in the replica's log within " + within + ":\n" + replica.log());
  }

  /** Kills a replica at once (SIGKILL), as a crash would. */
  public static void kill(Replica replica) throws InterruptedException {
    replica.process().destroyForcibly();
    replica.process().waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** A replica started in {@code replica-i}, its port not known until its log names it. */
  private Replica launch(int i) throws IOException {
    Path home = root.resolve("replica-" + i);
    Files.createDirectories(home);
    Checkout.copyFolder(Checkout.CONFIG, home.resolve("config"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--home", home.toString(), "serve")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(home.resolve("serve.log").toFile());
    Map<String, String> env = new HashMap<>(settings);
    env.putAll(Map.of("TELEGRAM_ANSWERED_FILE", home.resolve("data").resolve("telegram-answered.txt").toString(),
        "FEEDBACK_FILE", home.resolve("data").resolve("feedback.jsonl").toString(),
        "PORT", "0", "MISSION_BOT_ARTICLES", articles().toString()));
    builder.environment().remove("SLACK_BOT_TOKEN");
    builder.environment().remove("TELEGRAM_BOT_TOKEN");
    builder.environment().remove("MISSION_BOT_HOME");
    builder.environment().putAll(env);
    Process process = builder.start();
    processes.add(process);
    return new Replica(process, 0, home);
  }

  /** The port a started replica's log says it serves on. */
  private static int boundPort(Replica replica) throws IOException {
    Matcher serving = SERVING.matcher(replica.log());
    if (!serving.find()) {
      throw new AssertionError("the replica's log names no port:\n" + replica.log());
    }
    return Integer.parseInt(serving.group(1));
  }
}
