package dev.talksbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doctor} with {@code retrieval.backend: opensearch} checks the cluster's index, not a local
 * folder (a reachable cluster: {@code OpenSearchRetrievalIT}).
 */
class DoctorOpenSearchTest {
  @TempDir Path data;

  /** The index finding of a doctor run against the cluster at {@code hosts}. */
  static Finding indexFinding(Path data, String hosts) throws Exception {
    Path config = data.resolve("talksbot.yaml");
    Files.writeString(config, "dataDir: " + data.resolve("d") + "\n");
    Map<String, String> env =
        Map.of("TALKSBOT_CONFIG", config.toString(), "TALKSBOT_OPENSEARCH_HOSTS", hosts);
    List<Finding> all = new ArrayList<>();
    new Doctor(env, Path.of("")).run(all::add);
    return all.stream()
        .filter(f -> f.check().equals("index"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(all.stream().map(Finding::line).toList()));
  }

  @Test
  void anUnreachableClusterIsAProblemNamingItAndWhatToDo() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort(); // nothing listens there once closed
    }
    Finding f = indexFinding(data, "http://127.0.0.1:" + closed);
    assertThat(f).isInstanceOf(Finding.Problem.class);
    assertThat(f.line())
        .contains("cannot reach the OpenSearch cluster")
        .contains("127.0.0.1:" + closed)
        .contains("retrieval.opensearch.hosts")
        .doesNotContain("no index at"); // not the local folder's check
  }
}
