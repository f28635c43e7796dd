package dev.talksbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.alerts.store.PostgresAlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.db.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor} with {@code storage: postgres} checks the database, read-only. */
class DoctorPostgresTest {
  @TempDir Path data;

  Finding stateDatabase(String url) throws java.io.IOException {
    Path config = data.resolve("talksbot.yaml");
    java.nio.file.Files.writeString(
        config,
        "dataDir: "
            + data.resolve("d")
            + "\nstorage:\n  kind: postgres\n  url: \""
            + url
            + "\"\n  user: postgres\n");
    Map<String, String> env = Map.of("TALKSBOT_CONFIG", config.toString());
    List<Finding> all = new ArrayList<>();
    new Doctor(env, Path.of("")).run(all::add);
    assertThat(all).extracting(Finding::check).doesNotContain("state store", "article store");
    return all.stream()
        .filter(f -> f.check().equals("state database"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(all.stream().map(Finding::line).toList()));
  }

  @Test
  void aReachableDatabaseIsReportedWithItsSchemaAndNothingIsMigrated() throws Exception {
    PostgresTarget t = TestPostgres.freshDatabase();
    Finding empty = stateDatabase(t.url());
    assertThat(empty).isInstanceOf(Finding.Ok.class);
    assertThat(empty.line()).contains("alerts schema 0").contains("articles schema 0");
    assertThat(stateDatabase(t.url()).line()).contains("alerts schema 0"); // read-only
    try (PostgresAlertStore store = PostgresAlertStore.open(t)) {
      assertThat(store.schemaVersion()).isEqualTo(SqliteAlertStore.MIGRATIONS.size());
    }
    assertThat(stateDatabase(t.url()).line())
        .contains("alerts schema " + SqliteAlertStore.MIGRATIONS.size());
  }

  @Test
  void anUnreachableDatabaseIsAProblemWithWhatToDo() throws Exception {
    Finding f = stateDatabase("jdbc:postgresql://127.0.0.1:1/nothing");
    assertThat(f).isInstanceOf(Finding.Problem.class);
    assertThat(f.line()).contains("cannot reach").contains("storage.url");
  }
}
