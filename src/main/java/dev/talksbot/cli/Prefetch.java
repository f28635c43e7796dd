package dev.talksbot.cli;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.index.Embedder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What a one-shot {@code ask} needs before it can answer (the configuration, then the embedding
 * model's load), started on a background thread as the process starts, so that it runs while
 * picocli builds its command model instead of after it. {@link Session#open} takes the result; a
 * failure (a configuration error, an unknown model) is thrown there, exactly where the same load
 * would have thrown it. Commands that could end without opening anything (help, a bad question,
 * options other than {@code --json} and {@code --explain}) start nothing.
 */
final class Prefetch {
  private Prefetch() {}

  /**
   * The configuration and the embedding model (loading in the background).
   *
   * @param config the loaded configuration
   * @param embedder the model, loading from the start on its own thread
   */
  record Opened(TalksbotConfig config, Embedder embedder) {
    Opened {
      Objects.requireNonNull(config, "config");
      Objects.requireNonNull(embedder, "embedder");
    }
  }

  /** The options of {@code ask} that change nothing of what is opened. */
  private static final Set<String> ASK_FLAGS = Set.of("--json", "--explain");

  private static final AtomicReference<CompletableFuture<Opened>> PENDING = new AtomicReference<>();

  /**
   * Whether the command line is an {@code ask} that will open the core: a valid question (or {@code
   * -} for standard input) with at most the flags {@code --json} and {@code --explain}.
   */
  static boolean wanted(List<String> args) {
    if (args.isEmpty() || !args.getFirst().equals("ask")) return false;
    List<String> words =
        args.subList(1, args.size()).stream().filter(a -> !ASK_FLAGS.contains(a)).toList();
    if (words.equals(List.of("-"))) return true;
    for (String w : words) {
      // another option, "--", or an @file (picocli expands those): leave it all to picocli
      if (w.startsWith("-") || w.startsWith("@")) return false;
    }
    try {
      dev.talksbot.core.Questions.validate(String.join(" ", words));
      return true;
    } catch (dev.talksbot.core.InvalidQuestionException e) {
      return false;
    }
  }

  /** Starts {@code load} on a daemon thread; {@link #take} then returns its outcome. */
  static void start(Supplier<Opened> load) {
    CompletableFuture<Opened> f = new CompletableFuture<>();
    if (!PENDING.compareAndSet(null, f)) throw new IllegalStateException("already prefetching");
    Thread.ofPlatform()
        .daemon()
        .name("ask-prefetch")
        .start(
            () -> {
              try {
                f.complete(load.get());
              } catch (Throwable e) {
                f.completeExceptionally(e);
              }
            });
  }

  /**
   * The prefetched configuration and model, waiting for them; empty if nothing was started (or it
   * was taken already). The load's exception is thrown as it was thrown.
   */
  static Optional<Opened> take() {
    CompletableFuture<Opened> f = PENDING.getAndSet(null);
    if (f == null) return Optional.empty();
    try {
      return Optional.of(f.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }
}
