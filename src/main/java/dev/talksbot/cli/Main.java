package dev.talksbot.cli;

import dev.talksbot.config.ConfigException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./talksbot <command>}: the scriptable command line. */
@Command(
    name = "talksbot",
    mixinStandardHelpOptions = true,
    version = "talksbot 0.1.0",
    description =
        "Answers questions about the 2025 Istanbul Russia–Ukraine peace talks from news coverage, "
            + "citing its sources.",
    subcommands = {
      AskCommand.class,
      SummaryCommand.class,
      ChatCommand.class,
      SourcesCommand.class,
      IndexCommand.class,
      IngestCommand.class,
      ServeCommand.class,
      DoctorCommand.class,
      FeedbackCommand.class,
      dev.talksbot.eval.EvalCommand.class,
      dev.talksbot.eval.train.TrainCommand.class,
      dev.talksbot.bench.BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit codes. */
  public static final int EXIT_OK = 0;

  public static final int EXIT_FAILURE = 1;
  public static final int EXIT_BAD_INPUT = 2;
  public static final int EXIT_CONFIG = 78;

  /**
   * Lucene reports its vectorisation set-up through java.util.logging at INFO (kept referenced).
   */
  private static final java.util.logging.Logger LUCENE_JUL =
      java.util.logging.Logger.getLogger("org.apache.lucene");

  /**
   * Lucene warns (JUL, WARNING) when its vector module is not readable: one-shot commands run
   * without it on purpose (see the launcher), so that line is noise there.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION_JUL =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    try {
      dev.talksbot.ops.LogFormat.of(System.getenv()).apply(); // before the first logger
    } catch (ConfigException e) {
      System.err.println("talksbot: configuration error: " + e.getMessage());
      exit(EXIT_CONFIG);
    }
    exitOnSignal("INT", EXIT_INTERRUPTED);
    exitOnSignal("TERM", EXIT_TERMINATED);
    LUCENE_JUL.setLevel(java.util.logging.Level.WARNING);
    LUCENE_VECTORIZATION_JUL.setLevel(java.util.logging.Level.SEVERE);
    List<String> argList = List.of(args);
    if (Prefetch.wanted(argList)) Prefetch.start(Session::prefetch); // beside picocli's set-up
    else if (!helpOnly(argList)) NativeCache.useCachedLibraries();
    exit(run(args));
  }

  /** The exit code of a command stopped by Ctrl-C (128 + SIGINT), as the JVM's own. */
  static final int EXIT_INTERRUPTED = 130;

  /** The exit code of a command stopped by SIGTERM (128 + SIGTERM), as the JVM's own. */
  static final int EXIT_TERMINATED = 143;

  /**
   * Ctrl-C or SIGTERM ends a command with the JVM's usual code, through {@link #exit}: the JVM's
   * own handler runs the shutdown hooks at once, and ONNX Runtime's hook closes its environment
   * under a model still being set up (a crash, exit 134, in one run in eight when stopped in its
   * first second). {@code serve} replaces these with its graceful stop.
   */
  @SuppressWarnings("sunapi")
  public static void exitOnSignal(String name, int code) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal(name), s -> exit(code));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // the JVM's handler stays: the platform lets no one else take this signal
    }
  }

  /** A model loads in about a second; a load hung this long no longer holds the process. */
  static final long LOAD_END_WAIT_SECONDS = 60;

  /**
   * Ends the process with the code, once no embedding model is still loading on another thread
   * ({@link dev.talksbot.index.LazyEmbedder#awaitLoads}: a command that fails at once, on a
   * configuration error or a refused address, crashed the JVM in ONNX Runtime otherwise).
   */
  public static void exit(int code) {
    dev.talksbot.index.LazyEmbedder.awaitLoads(LOAD_END_WAIT_SECONDS);
    System.exit(code);
  }

  /** Whether the command line only asks for help or the version (nothing is opened). */
  static boolean helpOnly(List<String> args) {
    return args.isEmpty() || HELP_ONLY.contains(args.getFirst());
  }

  private static final java.util.Set<String> HELP_ONLY =
      java.util.Set.of("-h", "--help", "-V", "--version", "help");

  public static int run(String... args) {
    CommandLine cl = commandLine();
    return cl.execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          PrintWriter err = cmd.getErr();
          ConfigException config = configProblem(ex);
          if (config != null) {
            err.println("talksbot: configuration error: " + config.getMessage());
            return EXIT_CONFIG;
          }
          err.println("talksbot: " + cmd.getCommandName() + " failed: " + ex.getMessage());
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", ex);
          return EXIT_FAILURE;
        });
    return cl;
  }

  /** The configuration error anywhere in {@code ex}'s cause chain, or null. */
  static ConfigException configProblem(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConfigException c) return c;
    }
    return null;
  }
}
