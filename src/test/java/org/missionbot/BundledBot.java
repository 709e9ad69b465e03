package org.missionbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/**
 * A bot on a copy of the bundled home, opened once for a test class and closed after it:
 * {@code @RegisterExtension static final BundledBot BUNDLED = new BundledBot();}.
 */
public final class BundledBot implements BeforeAllCallback, AfterAllCallback {

  private Path home;
  private MissionBot bot;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    home = Files.createTempDirectory("mission-bot-test");
    Checkout.copyHome(home);
    bot = MissionBot.open(new Home(home));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    bot.close();
    try (Stream<Path> files = Files.walk(home)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The open bot. */
  public MissionBot bot() {
    return bot;
  }

  /** The home folder the bot works in. */
  public Path home() {
    return home;
  }
}
