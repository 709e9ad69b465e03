package org.missionbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Slack SDK types never leave this package: not in the public API, not imported elsewhere. */
class SlackBoundaryTest {

  @Test
  void publicMethodsTakeAndReturnNoSlackTypes() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : List.of(SlackChannel.class, SlackSettings.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && leaks(method)) {
          leaks.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void noOtherPackageImportsTheSlackSdk() throws IOException {
    Path main = Path.of("src/main/java");
    Path slack = main.resolve("org/missionbot/chat/slack");
    try (Stream<Path> files = Files.walk(main)) {
      List<Path> importers = files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(slack))
          .filter(SlackBoundaryTest::importsSlack).toList();
      assertEquals(List.of(), importers);
    }
  }

  private static boolean leaks(Method method) {
    return Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
        .anyMatch(t -> t.getName().startsWith("com.slack."));
  }

  private static boolean importsSlack(Path file) {
    try {
      return Files.readString(file).contains("import com.slack.");
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
