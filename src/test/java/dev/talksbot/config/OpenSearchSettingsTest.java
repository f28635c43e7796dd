package dev.talksbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retrieval.backend} and {@code retrieval.opensearch}: strict, clear, no secrets. */
class OpenSearchSettingsTest {
  @TempDir Path home;

  TalksbotConfig load(String yaml, Map<String, String> env) throws IOException {
    Path dir = Files.createDirectories(home.resolve("config"));
    return new ConfigLoader(env, home).load(Files.writeString(dir.resolve("talksbot.yaml"), yaml));
  }

  @Test
  void luceneIsTheDefault() {
    RetrievalSettings r = TalksbotConfig.defaults().retrieval();
    assertThat(r.backend()).isEqualTo(RetrievalBackend.LUCENE);
    assertThat(r.openSearch()).isFalse();
    assertThat(r.opensearch().index()).isEqualTo("talksbot");
    assertThat(r.opensearch().shards()).isEqualTo(1);
    assertThat(r.opensearch().replicas()).isEqualTo(1);
  }

  @Test
  void anOpenSearchSectionIsRead() throws IOException {
    TalksbotConfig c =
        load(
            """
            retrieval:
              backend: OpenSearch
              opensearch:
                hosts: [http://search-1:9200/, https://search-2:9200]
                index: news-passages
                shards: 2
                replicas: 0
                usernameEnv: OS_USER
                passwordEnv: OS_PASSWORD
            """,
            Map.of());
    RetrievalSettings r = c.retrieval();
    assertThat(r.openSearch()).isTrue();
    OpenSearchSettings o = r.opensearch();
    assertThat(o.hosts()).containsExactly("http://search-1:9200", "https://search-2:9200");
    assertThat(o.index()).isEqualTo("news-passages");
    assertThat(o.shards()).isEqualTo(2);
    assertThat(o.replicas()).isZero();
    var creds = o.credentials(Map.of("OS_USER", "bot", "OS_PASSWORD", "s3cret-pw"));
    assertThat(creds.username()).isEqualTo("bot");
    assertThat(creds.password()).isEqualTo("s3cret-pw");
    assertThat(creds.toString()).doesNotContain("s3cret-pw");
    assertThat(o.toString()).doesNotContain("s3cret-pw");
    assertThatThrownBy(() -> o.credentials(Map.of("OS_USER", "bot")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "retrieval.opensearch names the environment variable OS_PASSWORD, which is not set");
  }

  @Test
  void theEnvironmentHostsSelectOpenSearch() throws IOException {
    TalksbotConfig c =
        load(
            "retrieval:\n  bm25K1: 1.2\n",
            Map.of("TALKSBOT_OPENSEARCH_HOSTS", " http://127.0.0.1:9200, http://127.0.0.1:9201 "));
    assertThat(c.retrieval().openSearch()).isTrue();
    assertThat(c.retrieval().bm25K1()).isEqualTo(1.2);
    assertThat(c.retrieval().opensearch().hosts())
        .containsExactly("http://127.0.0.1:9200", "http://127.0.0.1:9201");
    assertThatThrownBy(() -> load("", Map.of("TALKSBOT_OPENSEARCH_HOSTS", "search-1:9200")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_OPENSEARCH_HOSTS")
        .hasMessageContaining("must start with http:// or https://");
  }

  @Test
  void openSearchWithoutHostsSaysWhatToSet() {
    assertThatThrownBy(() -> load("retrieval:\n  backend: opensearch\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("retrieval.backend opensearch needs retrieval.opensearch.hosts")
        .hasMessageContaining("TALKSBOT_OPENSEARCH_HOSTS");
  }

  @Test
  void anUnknownBackendListsTheKnownOnes() {
    assertThatThrownBy(() -> load("retrieval:\n  backend: solr\n", Map.of()))
        .hasMessageContaining("retrieval.backend must be one of lucene, opensearch, got 'solr'");
  }

  @Test
  void badValuesAreRefusedWithTheirKey() {
    assertThatThrownBy(() -> settings(List.of("http://a:9200"), "Talks Bot", 1, 1))
        .hasMessageContaining("retrieval.opensearch.index must be lower-case");
    assertThatThrownBy(() -> settings(List.of("http://a:9200"), null, 0, 1))
        .hasMessage("retrieval.opensearch.shards must be 1..64, got 0");
    assertThatThrownBy(() -> settings(List.of("http://a:9200"), null, 1, 9))
        .hasMessage("retrieval.opensearch.replicas must be 0..5, got 9");
    assertThatThrownBy(() -> settings(List.of("http://admin:pw@a:9200"), null, 1, 1))
        .hasMessageStartingWith("retrieval.opensearch.hosts must not contain credentials")
        .message()
        .doesNotContain("pw");
    assertThatThrownBy(() -> settings(List.of("http://a:9200/talksbot"), null, 1, 1))
        .hasMessageContaining("without a path");
    assertThatThrownBy(() -> settings(List.of(" "), null, 1, 1))
        .hasMessage("retrieval.opensearch.hosts holds an empty entry");
    assertThatThrownBy(
            () -> new OpenSearchSettings(List.of("http://a:9200"), null, 1, 1, "OS_USER", null))
        .hasMessageContaining("usernameEnv and passwordEnv go together");
    assertThatThrownBy(
            () -> new OpenSearchSettings(List.of("http://a:9200"), null, 1, 1, "U", "hunter 2!"))
        .hasMessageContaining("passwordEnv must be the name of an environment variable")
        .message()
        .doesNotContain("hunter");
  }

  private static OpenSearchSettings settings(
      List<String> hosts, String index, int shards, int replicas) {
    return new OpenSearchSettings(hosts, index, shards, replicas, null, null);
  }
}
