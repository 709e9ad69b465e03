package org.missionbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Slack app manifest people paste: what it points them to exists, and it asks for what the bot uses. */
class SlackManifestTest {

  private static final Path MANIFEST = Path.of("config", "slack-app-manifest.yml");

  @Test
  void everyFileTheManifestNamesExistsAndSaysWhatItIsPointedAtFor() throws IOException {
    String text = Files.readString(MANIFEST);
    Matcher file = Pattern.compile("([\\w./-]+\\.(?:md|yml|yaml))(?: \\(\"([^\"]+)\")?").matcher(text);
    List<String> missing = new ArrayList<>();
    int named = 0;
    while (file.find()) {
      named++;
      Path path = Path.of(file.group(1));
      if (!Files.isRegularFile(path)) {
        missing.add(file.group(1));
      } else if (file.group(2) != null && !Files.readString(path).contains("## " + file.group(2))) {
        missing.add(file.group(1) + " has no section " + file.group(2));
      }
    }
    assertTrue(named > 0, "the manifest points to the HTTP mode instructions");
    assertEquals(List.of(), missing);
  }

  @Test
  void theCommandAndTheEventsTheBotHandlesAreDeclared() throws IOException {
    String text = Files.readString(MANIFEST);
    for (String needed : List.of("command: /mission", "- app_mention", "- message.im", "- app_home_opened",
        "- chat:write", "- commands", "socket_mode_enabled: true")) {
      assertTrue(text.contains(needed), needed);
    }
  }
}
