package org.missionbot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {

  /** A resource inside a jar of the class path (the model's tokenizer, 0.7 MB). */
  private static final String IN_A_JAR = E5Embedder.TOKENIZER_RESOURCE;

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = ModelFilesTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aResourceOfAJarIsCopiedOnceUnderItsCrcAndSize(@TempDir Path cache) throws Exception {
    ModelFiles files = new ModelFiles(cache.resolve("mission-bot"));
    byte[] expected = resource(IN_A_JAR);

    Path file = files.copied(IN_A_JAR);

    assertNotNull(file);
    assertTrue(file.getFileName().toString().matches("e5-small-v2-q-tokenizer-[0-9a-f]{8}-" + expected.length + "\\.json"),
        file.getFileName().toString());
    assertArrayEquals(expected, Files.readAllBytes(file));
    FileTime written = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, written);
    assertEquals(file, files.copied(IN_A_JAR), "found again");
    assertEquals(written, Files.getLastModifiedTime(file), "not copied again");
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of(file), left.toList(), "no part file left");
    }
  }

  @Test
  void aCopyCutShortOrDamagedIsCopiedAgain(@TempDir Path cache) throws Exception {
    ModelFiles files = new ModelFiles(cache);
    Path file = files.copied(IN_A_JAR);
    Files.write(file, new byte[] {1, 2, 3});

    assertEquals(file, files.copied(IN_A_JAR));
    assertArrayEquals(resource(IN_A_JAR), Files.readAllBytes(file));

    byte[] damaged = resource(IN_A_JAR);
    damaged[damaged.length / 2] ^= 1; // its size, not its bytes: as a crash before the disk wrote them leaves it
    Files.write(file, damaged);
    assertEquals(file, files.copied(IN_A_JAR));
    assertArrayEquals(resource(IN_A_JAR), Files.readAllBytes(file));
    assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void librariesShareAFolderUnderTheirOwnNamesAndMayBeRun(@TempDir Path cache) throws Exception {
    ModelFiles files = new ModelFiles(cache);

    Path folder = files.copiedLibraries("model", List.of(E5Embedder.TOKENIZER_RESOURCE, E5Embedder.MODEL_RESOURCE));

    assertNotNull(folder);
    assertTrue(Files.isExecutable(folder.resolve("e5-small-v2-q.onnx")));
    Files.setPosixFilePermissions(folder.resolve("e5-small-v2-q.onnx"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(folder, files.copiedLibraries("model", List.of(E5Embedder.TOKENIZER_RESOURCE, E5Embedder.MODEL_RESOURCE)));
    assertTrue(Files.isExecutable(folder.resolve("e5-small-v2-q.onnx")), "a copy found without the right to run gets it");
    assertTrue(folder.getFileName().toString().matches("model-[0-9a-f]{8}-[0-9a-f]{8}"), folder.toString());
    assertArrayEquals(resource(IN_A_JAR), Files.readAllBytes(folder.resolve("e5-small-v2-q-tokenizer.json")));
    assertEquals(resource(E5Embedder.MODEL_RESOURCE).length, Files.size(folder.resolve("e5-small-v2-q.onnx")));
    assertNull(files.copiedLibraries("model", List.of(IN_A_JAR, "/no/such/resource.bin")), "one missing: none");
  }

  @Test
  void withoutAJarAFolderOrAWritableDiskThereIsNoFile(@TempDir Path cache) throws Exception {
    assertNull(new ModelFiles(cache).copied("/no/such/resource.bin"), "missing");
    assertNull(new ModelFiles(cache).copied("/org/missionbot/search/light-words.txt"), "a class folder's resource, not a jar's");
    assertNull(new ModelFiles(null).copied(IN_A_JAR), "no cache folder");
    Path aFile = Files.writeString(cache.resolve("taken"), "a file where the folder would be");
    assertNull(new ModelFiles(aFile.resolve("mission-bot")).copied(IN_A_JAR), "the folder cannot be made");
  }

  @Test
  void theCacheFolderFollowsXdgElseTheUsersHome(@TempDir Path cache) throws Exception {
    Path viaXdg = ModelFiles.forUser(Map.of("XDG_CACHE_HOME", cache.toString()), "/home/someone").copied(IN_A_JAR);
    assertEquals(cache.resolve("mission-bot"), viaXdg.getParent());
    Path viaHome = ModelFiles.forUser(Map.of("XDG_CACHE_HOME", "relative/ignored"), cache.toString()).copied(IN_A_JAR);
    assertEquals(cache.resolve(".cache").resolve("mission-bot"), viaHome.getParent());
    assertNull(ModelFiles.forUser(Map.of(), "?").copied(IN_A_JAR), "no home: no cache");
  }

  @Test
  void theModelReadFromItsFileEmbedsAsTheModelReadFromTheJar(@TempDir Path cache) throws Exception {
    var fromFiles = E5Embedder.load(new ModelFiles(cache));
    var fromJar = E5Embedder.load(new ModelFiles(null));
    assertInstanceOf(dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel.class, fromFiles, "read from the copied files");
    assertInstanceOf(dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel.class, fromJar);
    for (String text : List.of("query: How much has Canada pledged?", "passage: Kenyan police arrived in Port-au-Prince.")) {
      assertArrayEquals(fromJar.embed(text).content().vector(), fromFiles.embed(text).content().vector(), text);
    }
    if (System.getenv(E5Embedder.DJL_TRACKING) == null) {
      assertEquals("true", System.getProperty(E5Embedder.DJL_TRACKING), "DJL's telemetry (a call to the EC2 metadata address) is off");
    }
    try (Stream<Path> copied = Files.list(cache)) {
      assertTrue(copied.anyMatch(f -> f.getFileName().toString().matches("e5-small-v2-q-[0-9a-f]{8}-\\d+\\.onnx")),
          "read from its copy in the cache folder");
    }
  }
}
