package dev.talksbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;

/**
 * Native libraries that sqlite-jdbc and ONNX Runtime otherwise copy out of their jars into a new
 * temporary file at every start (17 MB for ONNX Runtime): extracted once into a cache folder and
 * loaded from there. Each library gets a folder named after the checksums of its files in the jar,
 * so a new library version is extracted beside the old one and never mixed with it. Files are
 * written under a temporary name and renamed, so concurrent starts never load a half-written file.
 *
 * <p>The launcher names the folder with {@code -Dtalksbot.native.dir}; without it (tests, an IDE)
 * nothing changes. A failure (read-only folder, missing resource) is only logged: the library then
 * extracts itself as before.
 */
final class NativeCache {
  private NativeCache() {}

  /** System property naming the cache folder. */
  static final String DIR_PROPERTY = "talksbot.native.dir";

  /**
   * A native library packed in a jar.
   *
   * @param name the cache folder's prefix, e.g. "sqlite"
   * @param folder the resource folder holding the files, without a leading slash ("" for the class
   *     path's root)
   * @param files the file names in that folder, all loaded from the same place
   */
  record Library(String name, String folder, List<String> files) {
    Library {
      if (name == null || !name.matches("[a-z0-9-]+"))
        throw new IllegalArgumentException("library name must be lowercase letters, digits, '-'");
      if (folder == null || folder.startsWith("/") || folder.endsWith("/"))
        throw new IllegalArgumentException("resource folder must be relative, without end slash");
      files = List.copyOf(files);
      if (files.isEmpty()) throw new IllegalArgumentException("a library has at least one file");
      for (String f : files)
        if (f.isBlank() || f.contains("/"))
          throw new IllegalArgumentException("file names only, got '" + f + "'");
    }
  }

  /**
   * Uses the cache folder the launcher names for sqlite-jdbc and ONNX Runtime: sets the system
   * properties each reads before loading its library. Does nothing without the folder.
   */
  static void useCachedLibraries() {
    useCachedOnnxRuntime();
    useCachedSqlite();
  }

  /**
   * As {@link #useCachedLibraries}, for ONNX Runtime only: its native libraries, and the embedding
   * models' ONNX files (read from the cache, a model is not inflated from its jar at every start).
   */
  static void useCachedOnnxRuntime() {
    Optional<Path> root = cacheRoot();
    if (root.isEmpty()) return;
    onnxRuntime()
        .flatMap(lib -> tryExtract(root.get(), lib))
        .ifPresent(at -> System.setProperty("onnxruntime.native.path", at.toString()));
    for (String model : dev.talksbot.index.OnnxEmbedder.MODEL_RESOURCES) {
      tryExtract(root.get(), new Library("model", "", List.of(model)))
          .ifPresent(
              at ->
                  System.setProperty(
                      dev.talksbot.index.OnnxSessions.EXTRACTED_MODEL_PROPERTY + model,
                      at.resolve(model).toString()));
    }
  }

  /**
   * As {@link #useCachedLibraries}, for sqlite-jdbc only (naming its library's folder costs a
   * process start: sqlite-jdbc runs {@code uname -o} to tell Android apart).
   */
  static void useCachedSqlite() {
    Optional<Library> sqlite = cacheRoot().flatMap(root -> sqlite());
    sqlite
        .flatMap(lib -> tryExtract(cacheRoot().orElseThrow(), lib))
        .ifPresent(
            at -> {
              System.setProperty("org.sqlite.lib.path", at.toString());
              System.setProperty("org.sqlite.lib.name", sqlite.orElseThrow().files().getFirst());
              // sqlite-jdbc lists this folder for stale copies of its own at every start
              System.setProperty("org.sqlite.tmpdir", at.toString());
            });
  }

  private static Optional<Path> cacheRoot() {
    String dir = System.getProperty(DIR_PROPERTY);
    return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
  }

  /** sqlite-jdbc's library for this machine, as its own loader names it. */
  static Optional<Library> sqlite() {
    try {
      String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
      return Optional.of(
          new Library(
              "sqlite",
              "org/sqlite/native/" + folder,
              List.of(org.sqlite.util.LibraryLoaderUtil.getNativeLibName())));
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** ONNX Runtime's two libraries for this machine (its loader needs both in one folder). */
  static Optional<Library> onnxRuntime() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("linux")
            ? "linux"
            : os.contains("mac") || os.contains("darwin")
                ? "osx"
                : os.contains("win") ? "win" : null;
    String a =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x64"
            : arch.equals("aarch64") ? "aarch64" : null;
    if (o == null || a == null) return Optional.empty();
    return Optional.of(
        new Library(
            "onnxruntime",
            "ai/onnxruntime/native/" + o + "-" + a,
            List.of(
                System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"))));
  }

  private static Optional<Path> tryExtract(Path root, Library lib) {
    try {
      return extract(root, lib, NativeCache.class.getClassLoader());
    } catch (IOException | UncheckedIOException | SecurityException e) {
      org.slf4j.LoggerFactory.getLogger(NativeCache.class)
          .debug("native library {} not cached in {}: {}", lib.name(), root, e.toString());
      return Optional.empty();
    }
  }

  /**
   * The folder holding the library's files, extracted there now unless an earlier run did; empty if
   * the class path lacks one of the files.
   */
  static Optional<Path> extract(Path root, Library lib, ClassLoader cl) throws IOException {
    List<URL> urls = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (String f : lib.files()) {
      URL u = cl.getResource(lib.folder().isEmpty() ? f : lib.folder() + "/" + f);
      if (u == null) return Optional.empty();
      urls.add(u);
      key.append(key.isEmpty() ? "" : "-").append(checksum(u));
    }
    Path at = root.resolve(lib.name() + "-" + key);
    for (int i = 0; i < urls.size(); i++) {
      Path target = at.resolve(lib.files().get(i));
      if (!Files.isRegularFile(target)) copy(urls.get(i), target);
    }
    return Optional.of(at.toAbsolutePath());
  }

  /**
   * The file's CRC-32 in hex: from the jar's directory when it is in a jar (nothing is read), else
   * computed from its bytes.
   */
  static String checksum(URL u) throws IOException {
    URLConnection c = u.openConnection();
    if (c instanceof JarURLConnection j) {
      long crc = j.getJarEntry().getCrc();
      if (crc >= 0) return Long.toHexString(crc);
    }
    CRC32 crc = new CRC32();
    try (InputStream in = new CheckedInputStream(c.getInputStream(), crc)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return Long.toHexString(crc.getValue());
  }

  private static void copy(URL from, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (InputStream in = from.openStream()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
