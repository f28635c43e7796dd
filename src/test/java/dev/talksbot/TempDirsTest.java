package dev.talksbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempDirsTest {
  @Test
  void registeredFoldersAndFilesAreDeletedWithEverythingInThem() throws Exception {
    TempDirs.Registry registry = new TempDirs.Registry();
    Path dir = registry.create("talksbot-tempdirs-test");
    Files.createDirectories(dir.resolve("lucene/sub"));
    Files.writeString(dir.resolve("lucene/sub/segments_1"), "x");
    Files.writeString(dir.resolve("alerts.db"), "y");
    Path file = registry.file("talksbot-tempdirs-test", ".txt");
    assertTrue(Files.isDirectory(dir) && Files.isRegularFile(file));

    registry.deleteAll();

    assertFalse(Files.exists(dir), "the folder and its contents are gone");
    assertFalse(Files.exists(file), "the file is gone");
  }

  @Test
  void aTreeAlreadyGoneIsNoError() {
    Path dir = new TempDirs.Registry().create("talksbot-tempdirs-test");
    TempDirs.deleteTree(dir);
    TempDirs.deleteTree(dir);
    assertFalse(Files.exists(dir));
  }
}
