package org.missionbot.chat.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.missionbot.chat.MissionBot;
import org.missionbot.config.Home;

/** Opens the real bot over a copy of the checkout's articles and configuration, for end-to-end tests. */
final class RealBot {

  private RealBot() {}

  static MissionBot open(Path home) throws IOException {
    copy(Path.of("index", "articles"), home.resolve("index").resolve("articles"));
    copy(Path.of("config"), home.resolve("config"));
    return MissionBot.open(new Home(home));
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        try {
          Files.copy(file, to.resolve(file.getFileName().toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
