package org.missionbot.chat.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TelegramSdkBoundaryTest {

  private static final Path TELEGRAM = Path.of("src", "main", "java", "org", "missionbot", "chat", "telegram");

  @Test
  void telegramSdkTypesAreUsedOnlyInTheTelegramPackage() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      List<Path> leaks = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(TELEGRAM))
          .filter(TelegramSdkBoundaryTest::mentionsTheSdk).toList();
      assertEquals(List.of(), leaks);
    }
  }

  @Test
  void noPublicSignatureOfTheTelegramPackageShowsAnSdkType() throws IOException {
    try (Stream<Path> files = Files.list(TELEGRAM)) {
      List<String> leaks = files.flatMap(TelegramSdkBoundaryTest::lines)
          .filter(line -> line.startsWith("  public ") && line.matches(".*\\b(TelegramBot|Update|Message|BaseRequest"
              + "|BaseResponse|GetUpdates|SendMessage|Keyboard|Chat)\\b.*"))
          .toList();
      assertEquals(List.of(), leaks);
    }
  }

  private static boolean mentionsTheSdk(Path file) {
    return lines(file).anyMatch(line -> line.contains("com.pengrad."));
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
