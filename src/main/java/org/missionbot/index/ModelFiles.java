package org.missionbot.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Files of the jar copied out once into the user's cache folder ({@code $XDG_CACHE_HOME/mission-bot},
 * else {@code ~/.cache/mission-bot}), for a library that reads a file faster than a stream: ONNX
 * Runtime reads a model file by itself, where a model handed over as a stream is first copied into the
 * heap a kilobyte at a time (a third of a second of CPU at every start for the 34 MB model). A copy is
 * named by the jar entry's CRC and size, so a jar with another model gets its own file, and is written
 * under a temporary name and moved into place whole, so a process that dies halfway leaves no half a
 * model. Anything that fails (no home folder, a read-only disk, a resource outside a jar) gives no
 * file, and the caller reads the jar as before.
 */
final class ModelFiles {

  private final Path folder;

  ModelFiles(Path folder) {
    this.folder = folder;
  }

  /** The user's cache folder for this program, from the environment and system properties given. */
  static ModelFiles forUser(Map<String, String> env, String userHome) {
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
        : userHome == null || userHome.isBlank() || userHome.equals("?") ? null : Path.of(userHome, ".cache");
    return new ModelFiles(base == null ? null : base.resolve("mission-bot"));
  }

  /**
   * The resource (a path from the class path's root, as {@code "/e5-small-v2-q.onnx"}) as a file of the
   * cache folder, named by its CRC and size, copied there first if it is not yet; null when it cannot be.
   */
  Path copied(String resource) {
    JarEntry entry = folder == null ? null : entry(resource);
    if (entry == null) {
      return null;
    }
    String name = fileName(resource);
    int dot = name.lastIndexOf('.');
    return copy(resource, entry, folder.resolve(String.format(Locale.ROOT, "%s-%08x-%d%s",
        dot < 0 ? name : name.substring(0, dot), entry.getCrc(), entry.getSize(), dot < 0 ? "" : name.substring(dot))), false);
  }

  /**
   * The native libraries among the resources as files under their own names in one folder of the cache
   * folder, named by their CRCs ({@code prefix-crc-crc}), executable: for a library that looks its
   * files up by name in a folder; null when any cannot be copied.
   */
  Path copiedLibraries(String prefix, List<String> resources) {
    if (folder == null) {
      return null;
    }
    List<JarEntry> entries = new ArrayList<>();
    StringBuilder name = new StringBuilder(prefix);
    for (String resource : resources) {
      JarEntry entry = entry(resource);
      if (entry == null) {
        return null;
      }
      entries.add(entry);
      name.append(String.format(Locale.ROOT, "-%08x", entry.getCrc()));
    }
    Path together = folder.resolve(name.toString());
    for (int i = 0; i < resources.size(); i++) {
      String resource = resources.get(i);
      if (copy(resource, entries.get(i), together.resolve(fileName(resource)), true) == null) {
        return null;
      }
    }
    return together;
  }

  /** The resource's own file name ("libonnxruntime.so" of "/ai/onnxruntime/native/linux-x64/libonnxruntime.so"). */
  private static String fileName(String resource) {
    return Path.of(resource.substring(1)).getFileName().toString();
  }

  private static final String LIBRARY = "rwxr-xr-x";
  private static final String DATA = "rw-r--r--";

  private static boolean isPosix(Path file) throws IOException {
    return Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class);
  }

  /** The CRC-32 of a file, as a jar records its entries'. */
  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      while (channel.read(buffer.clear()) >= 0) {
        crc.update(buffer.flip());
      }
    }
    return crc.getValue();
  }

  /** The resource's entry in its jar (its size and CRC read from the jar's directory), or null. */
  private static JarEntry entry(String resource) {
    try {
      URL url = ModelFiles.class.getResource(resource);
      if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
        return null; // missing, or in a class folder (a build's own resources): read as before
      }
      JarEntry entry = jar.getJarEntry();
      return entry.getSize() < 0 || entry.getCrc() < 0 ? null : entry;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The resource copied to {@code file} unless a file of its size and CRC is there (a copy damaged by a
   * crash, or changed since, is copied again); null when it cannot be.
   */
  private static Path copy(String resource, JarEntry entry, Path file, boolean library) {
    try {
      if (Files.isRegularFile(file) && Files.size(file) == entry.getSize() && crc(file) == entry.getCrc()) {
        if (library && !Files.isExecutable(file) && isPosix(file)) {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(LIBRARY)); // copied without the right to run
        }
        return file;
      }
      Files.createDirectories(file.getParent());
      Path part = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
      try {
        try (InputStream in = ModelFiles.class.getResourceAsStream(resource)) {
          if (in == null) {
            return null;
          }
          Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.size(part) != entry.getSize() || crc(part) != entry.getCrc()) {
          return null;
        }
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
          channel.force(true); // on disk before it takes its name: a crash leaves no file of the right size but not its bytes
        }
        if (isPosix(part)) {
          // readable by all, as the jar is; a library executable where it sits, unless the disk forbids it
          Files.setPosixFilePermissions(part, PosixFilePermissions.fromString(library ? LIBRARY : DATA));
        }
        try {
          Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
