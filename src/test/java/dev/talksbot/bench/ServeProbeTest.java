package dev.talksbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The serving probe says what its resident memory is made of, the data directory's mapped files
 * included.
 */
class ServeProbeTest {
  @TempDir Path dir;

  @Test
  void residentPagesOfFilesMappedUnderTheDataDirectoryAreCounted() throws Exception {
    Path file = dir.resolve("index").resolve("segment.bin");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[4 << 20]);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      long sum = 0;
      for (int i = 0; i < b.capacity(); i += 4096) sum += b.get(i); // touch every page
      assertThat(sum).isZero();
      Map<String, Long> parts = parse(ServeProbe.parts(dir));
      assertThat(parts.get("index_mapped_rss_kB")).isGreaterThanOrEqualTo(4096);
      assertThat(parts.get("heap_committed_kB")).isPositive();
      assertThat(parse(ServeProbe.parts(dir.resolve("elsewhere"))).get("index_mapped_rss_kB"))
          .isZero();
    }
  }

  @Test
  void theProbeRunsWithTheLaunchersServeHeapFlags() throws Exception {
    String line =
        Files.readAllLines(Path.of("talksbot")).stream()
            .filter(l -> l.startsWith("SERVE_HEAP=("))
            .findFirst()
            .orElseThrow();
    List<String> launcher =
        List.of(line.substring("SERVE_HEAP=(".length(), line.indexOf(')')).split(" "));
    assertThat(ServingMemory.SERVE_HEAP).isEqualTo(launcher);
    assertThat(ServingMemory.productFlags()).containsAll(launcher);
    assertThat(ServingMemory.productFlags())
        .filteredOn(f -> f.startsWith("-Xmx"))
        .containsExactly("-Xmx384m");
  }

  @Test
  void theProductsOwnSettingsReachTheProbeAndNothingElseDoes() {
    List<String> flags =
        ServingMemory.productFlags(
            List.of(
                "-Dtalksbot.onnx.arena=false",
                "-Dtalksbot.index.unmapped=vec",
                "-Dtalksbot.home=/elsewhere",
                "-javaagent:/tmp/agent.jar",
                "-Xmx2g",
                "--add-modules=jdk.incubator.vector"));
    assertThat(flags)
        .contains(
            "-Dtalksbot.onnx.arena=false",
            "-Dtalksbot.index.unmapped=vec",
            "--add-modules=jdk.incubator.vector")
        .doesNotContain("-Dtalksbot.home=/elsewhere", "-javaagent:/tmp/agent.jar", "-Xmx2g");
  }

  private static Map<String, Long> parse(String line) {
    Map<String, Long> out = new HashMap<>();
    for (String tok : line.split(" ")) {
      String[] kv = tok.split("=");
      out.put(kv[0], Long.parseLong(kv[1]));
    }
    return out;
  }
}
