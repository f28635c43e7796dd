package dev.talksbot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files in deploy/: the systemd unit passes systemd-analyze, the container is non-root. */
class DeployFilesTest {
  static final Path UNIT = Path.of("deploy", "talksbot.service");
  static final Path CONTAINERFILE = Path.of("deploy", "Containerfile");

  @TempDir Path tmp;

  record Result(int code, String output) {}

  static Result run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  static boolean systemdAnalyze() {
    return Files.isExecutable(Path.of("/usr/bin/systemd-analyze"))
        || Files.isExecutable(Path.of("/bin/systemd-analyze"));
  }

  /** The unit with its java replaced by this JVM's (verify checks that the command exists). */
  Path unitCopy(String extraLine) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String text = Files.readString(UNIT).replace("ExecStart=/usr/bin/java", "ExecStart=" + java);
    if (extraLine != null) text = text.replace("[Service]\n", "[Service]\n" + extraLine + "\n");
    return Files.writeString(tmp.resolve("talksbot.service"), text);
  }

  @Test
  void theUnitPassesSystemdAnalyzeVerifyWithoutWarnings() throws Exception {
    assumeTrue(systemdAnalyze(), "systemd-analyze is not installed");
    Result r = run(List.of("systemd-analyze", "verify", unitCopy(null).toString()));
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).as("no warnings").isBlank();
    // the check can fail: a misspelt directive is reported
    Result bad =
        run(List.of("systemd-analyze", "verify", unitCopy("ProtectSystm=strict").toString()));
    assertThat(bad.output()).contains("Unknown key 'ProtectSystm'");
  }

  @Test
  void theUnitRunsServeAsADedicatedUserWithTheTokenFromAnEnvironmentFileAndHardening()
      throws IOException {
    String unit = Files.readString(UNIT);
    assertThat(unit)
        .contains("User=talksbot")
        .contains("EnvironmentFile=/etc/talksbot/talksbot.env")
        .contains("Environment=TALKSBOT_DATA_DIR=/var/lib/talksbot")
        .contains("Restart=on-failure")
        .contains("RestartPreventExitStatus=78")
        .contains("NoNewPrivileges=yes")
        .contains("ProtectSystem=strict")
        .contains("ReadWritePaths=/var/lib/talksbot")
        .contains("PrivateTmp=yes")
        .containsPattern("ExecStart=.* -jar /opt/talksbot/target/talksbot.jar serve\n")
        .doesNotContainPattern("(?m)^Environment=.*TELEGRAM_BOT_TOKEN");
  }

  @Test
  void theContainerRunsAsNonRootWithTheDataDirAsAVolume() throws IOException {
    String c = Files.readString(CONTAINERFILE);
    assertThat(c)
        .contains("USER 10001:10001")
        .contains("VOLUME [\"/data\"]")
        .contains("TALKSBOT_DATA_DIR=/data")
        .containsPattern("FROM \\S+-jre\\b")
        .doesNotContainPattern("(?m)^ENV .*TELEGRAM_BOT_TOKEN");
    // every file the image copies from the project exists
    for (String line : c.split("\n")) {
      if (line.startsWith("COPY ") && !line.contains("--from=")) {
        String[] parts = line.substring(5).trim().split("\\s+");
        for (int i = 0; i < parts.length - 1; i++) {
          assertThat(Path.of(parts[i])).as(line).exists();
        }
      }
    }
  }

  @Test
  void theContainerConfigLoadsAndOpensTheOpsEndpointToThePublishedPort() throws IOException {
    TalksbotConfig c =
        new ConfigLoader(Map.of(), Path.of(".")).load(Path.of("deploy", "container.yaml"));
    assertThat(c.ops().host()).isEqualTo("0.0.0.0");
    assertThat(c.ops().port()).isEqualTo(9464);
    assertThat(Files.readString(CONTAINERFILE, StandardCharsets.UTF_8)).contains("EXPOSE 9464");
  }
}
