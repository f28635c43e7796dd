package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCacheTest {
  @TempDir Path tmp;

  private static final NativeCache.Library LIB =
      new NativeCache.Library("fake", "native/linux-x64", List.of("libfake.so", "libfake_jni.so"));

  /** A jar holding the fake library's files with the given contents. */
  private Path jar(String name, Map<String, String> files) throws IOException {
    Path jar = tmp.resolve(name);
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (var f : files.entrySet()) {
        out.putNextEntry(new JarEntry(f.getKey()));
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static URLClassLoader loader(Path jar) throws IOException {
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  /** A jar with the library's two files, version 1. */
  private Path v1Jar() throws IOException {
    return jar(
        "v1.jar",
        Map.of("native/linux-x64/libfake.so", "code v1", "native/linux-x64/libfake_jni.so", "jni"));
  }

  private Path extract(Path jar, Path cache) throws IOException {
    try (URLClassLoader cl = loader(jar)) {
      return NativeCache.extract(cache, LIB, cl).orElseThrow();
    }
  }

  @Test
  void extractsTheFilesOnceAndReusesThem() throws IOException {
    Path jar = v1Jar();
    Path cache = tmp.resolve("cache");
    Path at = extract(jar, cache);
    assertThat(at.getParent()).isEqualTo(cache.toAbsolutePath());
    assertThat(at.getFileName().toString()).startsWith("fake-");
    assertThat(Files.readString(at.resolve("libfake.so"))).isEqualTo("code v1");
    assertThat(Files.readString(at.resolve("libfake_jni.so"))).isEqualTo("jni");

    // a second start finds the files and writes nothing: a marker put into the copy stays
    Files.writeString(at.resolve("libfake.so"), "still the first copy");
    assertThat(extract(jar, cache)).isEqualTo(at);
    assertThat(Files.readString(at.resolve("libfake.so"))).isEqualTo("still the first copy");
    try (Stream<Path> files = Files.list(at)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("libfake.so", "libfake_jni.so"); // no temporary file left
    }
  }

  @Test
  void aNewVersionOfTheLibraryIsExtractedAgainIntoItsOwnFolder() throws IOException {
    Path cache = tmp.resolve("cache");
    Path v1 =
        extract(
            jar(
                "v1.jar",
                Map.of(
                    "native/linux-x64/libfake.so", "code v1",
                    "native/linux-x64/libfake_jni.so", "jni")),
            cache);
    Path v2 =
        extract(
            jar(
                "v2.jar",
                Map.of(
                    "native/linux-x64/libfake.so", "code v2",
                    "native/linux-x64/libfake_jni.so", "jni")),
            cache);
    assertThat(v2).isNotEqualTo(v1);
    assertThat(Files.readString(v2.resolve("libfake.so"))).isEqualTo("code v2");
    assertThat(Files.readString(v1.resolve("libfake.so"))).isEqualTo("code v1");
  }

  @Test
  void aMissingFileMeansNoCacheSoTheLibraryLoadsItsOwnWay() throws IOException {
    Path jar = jar("half.jar", Map.of("native/linux-x64/libfake.so", "code"));
    try (URLClassLoader cl = loader(jar)) {
      assertThat(NativeCache.extract(tmp.resolve("cache"), LIB, cl)).isEmpty();
    }
    assertThat(tmp.resolve("cache")).doesNotExist();
  }

  @Test
  void theChecksumOfAFileOutsideAJarIsComputedFromItsBytes() throws IOException {
    Path dir = tmp.resolve("classes/native/linux-x64");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("libfake.so"), "code v1");
    Files.writeString(dir.resolve("libfake_jni.so"), "jni");
    Path jar = v1Jar();
    Path fromJar = extract(jar, tmp.resolve("cache"));
    try (URLClassLoader cl =
        new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
      // same bytes, same folder: the key is the content, wherever it comes from
      assertThat(NativeCache.extract(tmp.resolve("cache"), LIB, cl)).contains(fromJar);
    }
  }

  @Test
  void theRealLibrariesOfThisMachineAreFoundOnTheClassPath() throws IOException {
    ClassLoader cl = NativeCache.class.getClassLoader();
    Path cache = tmp.resolve("cache");
    Path sqlite = NativeCache.extract(cache, NativeCache.sqlite().orElseThrow(), cl).orElseThrow();
    assertThat(sqlite.resolve(NativeCache.sqlite().orElseThrow().files().getFirst()))
        .isRegularFile();
    Path onnx =
        NativeCache.extract(cache, NativeCache.onnxRuntime().orElseThrow(), cl).orElseThrow();
    assertThat(onnx.resolve(System.mapLibraryName("onnxruntime"))).isRegularFile();
    assertThat(onnx.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isRegularFile();
  }

  @Test
  void aLibraryIsNamedByPlainFileNamesInARelativeFolder() {
    assertThatThrownBy(() -> new NativeCache.Library("x", "/abs", List.of("a.so")))
        .hasMessageContaining("relative");
    assertThatThrownBy(() -> new NativeCache.Library("x", "dir", List.of("sub/a.so")))
        .hasMessageContaining("file names only");
    assertThatThrownBy(() -> new NativeCache.Library("X y", "dir", List.of("a.so")))
        .hasMessageContaining("library name");
    assertThatThrownBy(() -> new NativeCache.Library("x", "dir", List.of()))
        .hasMessageContaining("at least one");
  }

  @Test
  void theEmbeddingModelsAreExtractedFromTheClassPathRootByteForByte() throws IOException {
    ClassLoader cl = NativeCache.class.getClassLoader();
    String model = dev.talksbot.index.OnnxEmbedder.MODEL_RESOURCES.getFirst();
    Path at =
        NativeCache.extract(
                tmp.resolve("cache"), new NativeCache.Library("model", "", List.of(model)), cl)
            .orElseThrow();
    byte[] inJar;
    try (var in = cl.getResourceAsStream(model)) {
      inJar = in.readAllBytes();
    }
    assertThat(Files.readAllBytes(at.resolve(model))).isEqualTo(inJar);
    assertThat(at.getFileName().toString()).startsWith("model-");
  }
}
