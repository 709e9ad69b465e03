package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.missionbot.chat.Metrics;

/**
 * The image's health check, run as the container would run it (its exec-form command from the
 * Dockerfile, with bash) against the service's real /healthz: no JVM is started for it.
 */
class DockerHealthcheckTest {

  @Test
  void theHealthCheckPassesOnlyWhileHealthzAnswers200() throws Exception {
    List<String> command = healthcheck();
    assertEquals("bash", command.get(0), "a shell, not a JVM");
    assertFalse(String.join(" ", command).contains("java"));

    AtomicBoolean healthy = new AtomicBoolean(true);
    try (ServiceServer server = new ServiceServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new Metrics(), healthy::get)) {
      server.start();
      assertEquals(0, run(command, server.port()), "healthy");
      healthy.set(false);
      assertNotEquals(0, run(command, server.port()), "503 is unhealthy");
    }
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      int port = free.getLocalPort();
      free.close();
      assertNotEquals(0, run(command, port), "nothing listening is unhealthy");
    }
  }

  @Test
  void theImageRunsServeAndKeepsArticlesAndDataInVolumes() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));

    assertTrue(dockerfile.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/mission-bot.jar\"]\nCMD [\"serve\"]"), dockerfile);
    assertTrue(dockerfile.contains("VOLUME [\"/app/index/articles\", \"/app/data\"]"), dockerfile);
    assertTrue(dockerfile.indexOf("VOLUME") > dockerfile.lastIndexOf("RUN "), "no build step after the volumes");
    int cache = dockerfile.indexOf("ENV XDG_CACHE_HOME=/app/cache");
    int seeded = dockerfile.indexOf("java -jar /app/mission-bot.jar --home /tmp/seed index && rm -rf /tmp/seed \\\n"
        + " && chmod -R a-w /app/cache");
    int user = dockerfile.indexOf("USER missionbot");
    assertTrue(cache >= 0 && cache < seeded && seeded < user,
        "root copies the model's files before the bot's user takes over, and makes them read-only: " + dockerfile);
    List<String> ignored = Files.readAllLines(Path.of(".dockerignore"));
    assertTrue(ignored.containsAll(List.of("target/", "data/", "index/*", "!index/articles/")), ignored.toString());
  }

  private static List<String> healthcheck() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
    String line = dockerfile.lines().filter(l -> l.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
    String json = line.substring(line.indexOf("CMD") + 3).strip();
    return JsonParser.parseString(json).getAsJsonArray().asList().stream().map(e -> e.getAsString()).toList();
  }

  private static int run(List<String> command, int port) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PORT", Integer.toString(port));
    Process process = builder.start();
    assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the check ends within its timeout");
    return process.exitValue();
  }
}
