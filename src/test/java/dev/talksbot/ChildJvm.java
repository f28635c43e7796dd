package dev.talksbot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs that run project classes with the test class path. */
public final class ChildJvm {
  private ChildJvm() {}

  /** The launcher's cache of extracted native libraries ({@code cli.NativeCache}). */
  static final Path NATIVE_DIR = Path.of("target", "app", "native");

  /**
   * {@code java <the product's JVM flags> [extra JVM options] -cp <test class path> mainClass
   * args}.
   */
  public static List<String> command(List<String> jvmOptions, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of("--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"));
    cmd.add("-Dtalksbot.home=" + Path.of("").toAbsolutePath());
    // as the launcher: native libraries load from one cached copy, not a new temporary copy per
    // child (a killed child never deletes its 17 MB copy of ONNX Runtime)
    cmd.add("-Dtalksbot.native.dir=" + NATIVE_DIR.toAbsolutePath());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** The CLI ({@code dev.talksbot.cli.Main}) with these arguments. */
  public static List<String> cli(String... args) {
    return command(List.of(), "dev.talksbot.cli.Main", args);
  }
}
