package dev.talksbot.cli;

import dev.talksbot.ops.Doctor;
import dev.talksbot.ops.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the setup in order and prints one line per check: ok, or problem and what to do.",
      "JDK, config file, data dir, index (and its embedding model), state stores, bot token "
          + "(getMe), webhook (webhook mode), LLM endpoint (when configured), feeds.",
      "Exit code 0 only when every check is ok. Secrets are never printed."
    })
final class DoctorCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String home = System.getProperty("talksbot.home");
    return run(System.getenv(), Path.of(home == null ? "." : home), spec.commandLine().getOut());
  }

  /** Runs the checks with this environment and project home, printing to {@code out}. */
  static int run(Map<String, String> env, Path home, PrintWriter out) {
    List<Finding> findings =
        new Doctor(env, home)
            .run(
                f -> {
                  out.println(f.line());
                  out.flush();
                });
    long problems = findings.stream().filter(f -> f instanceof Finding.Problem).count();
    out.println(
        problems == 0
            ? "all " + findings.size() + " checks ok"
            : problems + " of " + findings.size() + " checks found a problem");
    out.flush();
    return Doctor.exitCode(findings);
  }
}
