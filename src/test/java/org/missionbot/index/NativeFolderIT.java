package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.missionbot.Checkout;
import org.missionbot.cli.Main;

/**
 * ONNX Runtime copies its native libraries (16 MB) into a new folder of the temporary directory at
 * every start; a process of the bot leaves none behind, whether it ends or is killed once answering.
 */
class NativeFolderIT {

  @TempDir
  static Path home;

  @BeforeAll
  static void copyTheHome() throws IOException {
    Checkout.copyHome(home);
  }

  @Test
  void anAskRunLeavesNoFolderOfNativeLibraries(@TempDir Path temporary) throws Exception {
    Process ask = ask(temporary, "How much has Canada pledged?");
    ask.getOutputStream().close();

    assertTrue(ask.waitFor(180, TimeUnit.SECONDS), "ask ends");
    assertEquals(0, ask.exitValue());
    assertEquals(List.of(), onnxFolders(temporary));
  }

  @Test
  void aProcessKilledAfterItsFirstAnswerLeavesNoFolderOfNativeLibraries(@TempDir Path temporary) throws Exception {
    Process ask = ask(temporary, null);
    try {
      OutputStream in = ask.getOutputStream();
      in.write("How much has Canada pledged?\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      BufferedReader out = new BufferedReader(new InputStreamReader(ask.getInputStream(), StandardCharsets.UTF_8));
      String answer = out.readLine(); // the model has loaded: the question was embedded

      assertTrue(answer != null && answer.contains("\"answered\":true"), String.valueOf(answer));
    } finally {
      ask.destroyForcibly(); // SIGKILL: no shutdown hook, no delete-on-exit runs
      assertTrue(ask.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(List.of(), onnxFolders(temporary));
  }

  @Test
  void onnxRuntimeAndTheModelAreReadFromTheUsersCacheFolderWhereTheFirstStartCopiedThem(@TempDir Path temporary,
      @TempDir Path cache) throws Exception {
    Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "reads which files a process maps (Linux)");
    Path folder = cache.resolve("mission-bot");
    Map<Path, FileTime> copied = null;
    for (int start = 1; start <= 2; start++) {
      Process ask = ask(temporary, null, cache);
      try {
        OutputStream in = ask.getOutputStream();
        in.write("How much has Canada pledged?\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        String answer = new BufferedReader(new InputStreamReader(ask.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(answer != null && answer.contains("\"answered\":true"), String.valueOf(answer));

        String maps = Files.readString(Path.of("/proc", String.valueOf(ask.pid()), "maps"));
        assertTrue(maps.lines().anyMatch(l -> l.contains(folder + "/onnxruntime-") && l.endsWith("/libonnxruntime.so")),
            "ONNX Runtime's library is mapped from the cache folder, start " + start);
      } finally {
        ask.destroyForcibly();
        assertTrue(ask.waitFor(30, TimeUnit.SECONDS));
      }
      Map<Path, FileTime> files = new java.util.TreeMap<>();
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(file, Files.getLastModifiedTime(file));
        }
      }
      assertTrue(files.keySet().stream().anyMatch(f -> f.getFileName().toString().matches("e5-small-v2-q-[0-9a-f]{8}-\\d+\\.onnx")),
          files.toString());
      assertEquals(4, files.size(), "the model, its tokenizer and ONNX Runtime's two libraries: " + files);
      if (copied != null) {
        assertEquals(copied, files, "the second start copies nothing again");
      }
      copied = files;
    }
    assertEquals(List.of(), onnxFolders(temporary));
  }

  /** {@code ask --json} as a process whose temporary directory is {@code temporary}, the question given or read from stdin. */
  private static Process ask(Path temporary, String question) throws IOException {
    return ask(temporary, question, null);
  }

  /** Like {@link #ask(Path, String)}, with {@code XDG_CACHE_HOME} set to {@code cache} unless null. */
  private static Process ask(Path temporary, String question, Path cache) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> line = new java.util.ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
        "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--home", home.toString(), "ask", "--json"));
    if (question != null) {
      line.add(question);
    }
    ProcessBuilder builder = new ProcessBuilder(line).redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().remove("SLACK_BOT_TOKEN");
    builder.environment().remove("TELEGRAM_BOT_TOKEN");
    if (cache != null) {
      builder.environment().put("XDG_CACHE_HOME", cache.toString());
    }
    return builder.start();
  }

  private static List<String> onnxFolders(Path temporary) throws IOException {
    try (Stream<Path> entries = Files.list(temporary)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("onnxruntime")).toList();
    }
  }
}
