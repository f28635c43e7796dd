package dev.talksbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders and files that outlive one test (a corpus indexed once per JVM, a store shared
 * by a class) and are deleted when the test JVM exits, so that repeated test runs do not fill the
 * machine's temporary folder. A test's own folder is JUnit's {@code @TempDir}.
 */
public final class TempDirs {
  private TempDirs() {}

  /** What this JVM's tests created through {@link #create} and {@link #file}. */
  private static final Registry AT_EXIT = new Registry();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AT_EXIT::deleteAll, "temp-dirs-cleanup"));
  }

  /** A new folder under the temporary folder, deleted with its contents when the JVM exits. */
  public static Path create(String prefix) {
    return AT_EXIT.create(prefix);
  }

  /** A new empty file under the temporary folder, deleted when the JVM exits. */
  public static Path file(String prefix, String suffix) {
    return AT_EXIT.file(prefix, suffix);
  }

  /** Created folders and files, deleted together. */
  static final class Registry {
    private final List<Path> created = new ArrayList<>();

    Path create(String prefix) {
      try {
        return register(Files.createTempDirectory(prefix));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Path file(String prefix, String suffix) {
      try {
        return register(Files.createTempFile(prefix, suffix));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private synchronized Path register(Path p) {
      created.add(p);
      return p;
    }

    /** Deletes every registered folder and file (what cannot be deleted stays; never throws). */
    void deleteAll() {
      List<Path> all;
      synchronized (this) {
        all = new ArrayList<>(created);
        created.clear();
      }
      for (Path root : all) deleteTree(root);
    }
  }

  /** Deletes a file or a folder with everything in it, deepest first; failures are skipped. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | UncheckedIOException e) {
      // a file another process holds or writes into: leave it
    }
  }
}
