package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code talksbot} launcher script run for real by bash, in a temp project whose JDKs are fake
 * (a {@code bin/java} that prints which JDK ran it and its flags) and whose build is a fake {@code
 * mvnw} that logs each build: the cached JDK choice and the build stamp must follow every change.
 */
class LauncherTest {
  @TempDir Path root;
  Path jdks;

  record Run(int code, String out, String err) {
    String jdk() {
      return out.lines()
          .filter(l -> l.startsWith("JDK="))
          .findFirst()
          .orElse("JDK=none")
          .substring(4);
    }
  }

  @BeforeEach
  void project() throws IOException {
    Files.copy(Path.of("talksbot"), root.resolve("talksbot"));
    Files.createDirectories(root.resolve("src/main/java"));
    Files.writeString(root.resolve("src/main/java/App.java"), "class App {}");
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    executable(
        root.resolve("mvnw"),
        "echo build >> builds.log; mkdir -p target/lib; echo jar > target/talksbot.jar");
    jdks = Files.createDirectories(root.resolve("jdks"));
    fakeJdk("jdk-a", 30);
    fakeJdk("jdk-b", 31);
  }

  private void fakeJdk(String name, int version) throws IOException {
    Path home = Files.createDirectories(jdks.resolve(name).resolve("bin"));
    // like a JDK 25 recording its AOT configuration, it says so on stderr at exit (after a space)
    executable(
        home.resolve("java"),
        "d=\"${0%/bin/java}\"; echo \"JDK=${d##*/}\"; echo \"$@\";"
            + " case \"$*\" in *AOTMode=record*) echo ' AOTConfiguration recorded: x.conf' >&2;; esac");
    executable(home.resolve("javac"), "exit 0");
    release(name, version);
  }

  private void release(String jdk, int version) throws IOException {
    Path release = jdks.resolve(jdk).resolve("release");
    Files.writeString(release, "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + ".0.1\"\n");
    // a JDK replaced in place is newer than the cached choice
    Files.setLastModifiedTime(release, FileTime.from(Instant.now().plusSeconds(2)));
  }

  private static void executable(Path file, String body) throws IOException {
    Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Run run(String javaHome, String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(List.of("bash", root.resolve("talksbot").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("TALKSBOT_JDK_DIRS", jdks + "/*");
    pb.environment().put("PATH", "/usr/bin:/bin");
    if (javaHome == null) pb.environment().remove("JAVA_HOME");
    else pb.environment().put("JAVA_HOME", javaHome);
    pb.environment().remove("TALKSBOT_JAVA_OPTS");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  private long builds() throws IOException {
    Path log = root.resolve("builds.log");
    return Files.exists(log) ? Files.readAllLines(log).size() : 0;
  }

  @Test
  void theJdkChoiceIsCachedAndDroppedWhenAJdkAppearsDisappearsOrChanges() throws Exception {
    Run first = run(null, "sources");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.jdk()).isEqualTo("jdk-b");
    assertThat(root.resolve("target/.jdk")).exists();
    assertThat(run(null, "sources").jdk()).isEqualTo("jdk-b");

    fakeJdk("jdk-c", 32); // a newer JDK installed
    assertThat(run(null, "sources").jdk()).isEqualTo("jdk-c");

    deleteTree(jdks.resolve("jdk-c")); // and removed again
    assertThat(run(null, "sources").jdk()).isEqualTo("jdk-b");

    release("jdk-a", 33); // upgraded in place, same folder
    assertThat(run(null, "sources").jdk()).isEqualTo("jdk-a");

    // JAVA_HOME wins when it is new enough
    assertThat(run(jdks.resolve("jdk-b").toString(), "sources").jdk()).isEqualTo("jdk-b");
    assertThat(run(null, "sources").jdk()).isEqualTo("jdk-a");
  }

  @Test
  void theBuildRunsOnceAndAgainOnlyWhenASourceChanges() throws Exception {
    assertThat(run(null, "sources").code()).isZero();
    assertThat(builds()).isEqualTo(1);
    run(null, "sources");
    assertThat(builds()).isEqualTo(1);

    buildWasLongAgo();
    Files.writeString(root.resolve("src/main/java/App.java"), "class App { int x; }");
    run(null, "sources");
    assertThat(builds()).isEqualTo(2);
    run(null, "sources");
    assertThat(builds()).isEqualTo(2);

    buildWasLongAgo();
    Files.createDirectories(root.resolve("src/main/resources"));
    Files.writeString(root.resolve("src/main/resources/new.txt"), "added");
    run(null, "sources");
    assertThat(builds()).isEqualTo(3);
  }

  @Test
  void oneShotCommandsRunWithoutTheVectorModuleAndServeWithItsOwnHeap() throws Exception {
    Run sources = run(null, "sources");
    assertThat(sources.out()).doesNotContain("jdk.incubator.vector").contains("-XX:+UseSerialGC");
    Run serve = run(null, "serve");
    assertThat(serve.out()).contains("--add-modules jdk.incubator.vector").contains("-Xmx384m");
    assertThat(serve.err()).doesNotContain("WARNING");
  }

  @Test
  void theAotTrainingRunKeepsTheJvmsOwnMessagesOffStdout() throws Exception {
    Run first = run(null, "ask", "--json", "q"); // no AOT cache yet: this run records one
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("-XX:AOTMode=record")
        .contains("-XX:+DisplayVMOutputToStderr") // "AOTConfiguration recorded" goes to stderr
        .contains("ask --json q");
    assertThat(first.err()).doesNotContain("AOTConfiguration recorded");
  }

  @Test
  void everyCommandIsToldWhereTheNativeLibrariesAreCached() throws Exception {
    String dir = "-Dtalksbot.native.dir=" + root.toRealPath().resolve("target/app/native");
    assertThat(run(null, "sources").out()).contains(dir);
    assertThat(run(null, "ask", "q").out()).contains(dir); // the AOT training run too
    assertThat(run(null, "serve").out()).contains(dir);
  }

  /** Ages the build stamp, so that what is written next is certainly newer than the build. */
  private void buildWasLongAgo() throws IOException {
    Files.setLastModifiedTime(
        root.resolve("target/.build-stamp"), FileTime.from(Instant.now().minusSeconds(60)));
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
