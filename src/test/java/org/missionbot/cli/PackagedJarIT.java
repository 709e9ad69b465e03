package org.missionbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What the packaged jar carries: the model and every platform's native libraries, no debug symbols. */
class PackagedJarIT {

  @Test
  void theJarCarriesTheModelAndNativeLibrariesButNoDebugSymbols() throws Exception {
    Path jar = Path.of("target", "mission-bot.jar");
    assertTrue(Files.isRegularFile(jar), "packaged before the end-to-end tests");
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = file.stream().map(e -> e.getName()).toList();
      for (String needed : List.of("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json",
          "ai/onnxruntime/native/linux-x64/libonnxruntime.so", "ai/onnxruntime/native/linux-aarch64/libonnxruntime.so",
          "ai/onnxruntime/native/osx-aarch64/libonnxruntime.dylib", "ai/onnxruntime/native/win-x64/onnxruntime.dll")) {
        assertTrue(names.contains(needed), needed);
      }
      assertEquals(List.of(), names.stream().filter(n -> n.endsWith(".pdb") || n.contains(".dSYM/")).toList(),
          "ONNX Runtime's debug symbols (over 300 MB unpacked) are left out");
      assertEquals("org.missionbot.cli.Main", file.getManifest().getMainAttributes().getValue("Main-Class"));
    }
    assertTrue(Files.size(jar) < 150L << 20, "the jar is " + (Files.size(jar) >> 20) + " MB");
  }
}
