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

  private static String runtimeStage() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    return dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
  }
}
