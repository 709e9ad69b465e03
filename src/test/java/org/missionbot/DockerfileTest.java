package org.missionbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the runtime image lets the bot's user change: only the index and data folders. Read from the
 * Dockerfile (no container engine runs in these tests).
 */
class DockerfileTest {

  private static final Pattern CHOWN = Pattern.compile("chown\\s+(?:-R\\s+)?\\S+\\s+((?:/\\S+\\s*)+)");

  @Test
  void theRuntimeUserOwnsOnlyTheIndexAndDataFolders() throws IOException {
    String runtime = runtimeStage();

    assertFalse(runtime.contains("--home-dir /app"), "the user's home would make it the owner of /app");
    for (String line : runtime.lines().filter(l -> l.startsWith("COPY --chown")).toList()) {
      assertTrue(line.matches("COPY --chown=missionbot index/articles /app/index/articles"), line);
    }
    Matcher chown = CHOWN.matcher(runtime.replace("\\\n", " "));
    assertTrue(chown.find(), runtime);
    assertEquals(List.of("/app/index", "/app/data"), List.of(chown.group(1).strip().split("\\s+")));
    assertFalse(chown.find(), "one chown only");
    assertTrue(runtime.contains("chmod -R a-w /app/mission-bot.jar /app/config"), runtime);
    assertTrue(runtime.contains("USER missionbot"), runtime);
  }

  @Test
  void theBaseImagesAreArgumentsDefaultingToTheRealOnes() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertTrue(dockerfile.contains("ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-21\n"), dockerfile);
    assertTrue(dockerfile.contains("ARG RUNTIME_IMAGE=eclipse-temurin:21-jre\n"), dockerfile);
    assertEquals(List.of("FROM ${BUILD_IMAGE} AS build", "FROM ${RUNTIME_IMAGE}"),
        dockerfile.lines().filter(l -> l.startsWith("FROM ")).toList(), "no base image named outside the arguments");
  }

  /**
   * The deployment in compose.yaml: two replicas sharing Redis and one articles volume, each with its
   * own record files, both behind the proxy.
   */
  @Test
  void composeRunsTwoReplicasSharingRedisAndTheArticlesBehindTheProxy() throws IOException {
    String compose = Files.readString(Path.of("compose.yaml"));
    String bot = compose.substring(compose.indexOf("x-bot: &bot"), compose.indexOf("\nservices:"));
    assertTrue(bot.contains("REDIS_URL: redis://redis:6379"), bot);
    assertTrue(bot.contains("- articles:/app/index/articles"), bot);
    for (String replica : List.of("bot-1", "bot-2")) {
      String service = compose.substring(compose.indexOf("  " + replica + ":\n"));
      service = service.substring(0, service.indexOf("\n\n"));
      assertTrue(service.contains("<<: *bot\n"), service);
      assertTrue(service.contains("FEEDBACK_FILE: /app/data/feedback-" + replica + ".jsonl"), service);
      assertTrue(service.contains("TELEGRAM_ANSWERED_FILE: /app/data/telegram-answered-" + replica + ".txt"), service);
      assertTrue(compose.contains("server " + replica + ":8080"), "the proxy sends requests to " + replica);
    }
    assertTrue(compose.contains("\"--save\", \"\", \"--appendonly\", \"no\""), "Redis keeps nothing on disk");
  }

  private static String runtimeStage() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    return dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
  }
}
