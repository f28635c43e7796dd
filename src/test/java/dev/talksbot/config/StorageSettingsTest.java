package dev.talksbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code storage:} section: strict, with messages that say what to do, and no secrets. */
class StorageSettingsTest {
  @TempDir Path home;

  TalksbotConfig load(String yaml, Map<String, String> env) throws IOException {
    Path dir = Files.createDirectories(home.resolve("config"));
    return new ConfigLoader(env, home).load(Files.writeString(dir.resolve("talksbot.yaml"), yaml));
  }

  @Test
  void sqliteIsTheDefault() {
    StorageSettings s = TalksbotConfig.defaults().storage();
    assertThat(s.kind()).isEqualTo(StorageKind.SQLITE);
    assertThat(s.postgres()).isFalse();
    assertThat(s.poolSize()).isNull();
  }

  @Test
  void aPostgresSectionIsRead() throws IOException {
    TalksbotConfig c =
        load(
            """
            storage:
              kind: Postgres
              url: jdbc:postgresql://db.internal:5432/talksbot
              user: talksbot
              passwordEnv: TALKSBOT_DB_PASSWORD
            """,
            Map.of());
    StorageSettings s = c.storage();
    assertThat(s.postgres()).isTrue();
    assertThat(s.url()).isEqualTo("jdbc:postgresql://db.internal:5432/talksbot");
    assertThat(s.poolSize()).isEqualTo(StorageSettings.DEFAULT_POOL_SIZE);
    assertThat(s.password(Map.of("TALKSBOT_DB_PASSWORD", "pw-1"))).isEqualTo("pw-1");
    assertThatThrownBy(() -> s.password(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "storage.passwordEnv names the environment variable TALKSBOT_DB_PASSWORD, which is not"
                + " set");
  }

  @Test
  void theEnvironmentUrlSelectsPostgres() throws IOException {
    TalksbotConfig c =
        load(
            "storage:\n  kind: postgres\n  url: jdbc:postgresql://db/a\n  user: bot\n",
            Map.of("TALKSBOT_STORAGE_URL", " jdbc:postgresql://127.0.0.1:5433/bot "));
    assertThat(c.storage().kind()).isEqualTo(StorageKind.POSTGRES);
    assertThat(c.storage().url()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/bot");
    assertThat(c.storage().user()).isEqualTo("bot");
    // on a default (sqlite) section the URL alone selects postgres, which then needs a user
    assertThatThrownBy(
            () -> load("", Map.of("TALKSBOT_STORAGE_URL", "jdbc:postgresql://127.0.0.1/bot")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "environment variable TALKSBOT_STORAGE_URL: storage.kind postgres needs storage.user");
  }

  @Test
  void aBadEnvironmentUrlNamesTheVariable() throws IOException {
    assertThatThrownBy(
            () ->
                load(
                    "storage:\n  kind: postgres\n  url: jdbc:postgresql://db/a\n  user: bot\n",
                    Map.of("TALKSBOT_STORAGE_URL", "postgres://127.0.0.1/bot")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_STORAGE_URL")
        .hasMessageContaining("must start with jdbc:postgresql://");
  }

  @Test
  void invalidSectionsSayWhatIsWrong() {
    assertThatThrownBy(() -> new StorageSettings(StorageKind.POSTGRES, null, "u", null, null))
        .hasMessageContaining("needs storage.url");
    assertThatThrownBy(
            () ->
                new StorageSettings(
                    StorageKind.POSTGRES, "jdbc:postgresql://h/db", null, null, null))
        .hasMessage("storage.kind postgres needs storage.user");
    assertThatThrownBy(
            () -> new StorageSettings(StorageKind.POSTGRES, "jdbc:postgresql://h/db", "u", null, 0))
        .hasMessage("storage.poolSize must be 1..50, got 0");
    assertThatThrownBy(
            () ->
                new StorageSettings(StorageKind.SQLITE, "jdbc:postgresql://h/db", null, null, null))
        .hasMessageContaining("storage.url is only used with storage.kind: postgres");
    assertThatThrownBy(
            () ->
                new StorageSettings(
                    StorageKind.POSTGRES, "jdbc:postgresql://h/db", "u", "hunter2 with spaces", 2))
        .hasMessageContaining("storage.passwordEnv must be the name of an environment variable")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void aPasswordInTheUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(
            () ->
                new StorageSettings(
                    StorageKind.POSTGRES,
                    "jdbc:postgresql://h/db?user=u&password=hunter2",
                    "u",
                    null,
                    null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("must not contain a password")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void anUnknownKindListsTheKinds() throws IOException {
    assertThatThrownBy(() -> load("storage:\n  kind: mysql\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("storage.kind must be one of sqlite, postgres, got 'mysql'");
  }
}
