package dev.talksbot.ops;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What {@code /readyz} and {@code /healthz} answer: ready once every {@link Part} is up; alive
 * while updates are being received (polling or the webhook server).
 */
public final class Readiness {
  /** The parts that must be up before the bot is ready, in start order. */
  public enum Part {
    INDEX("the index is not open yet"),
    STATE_STORE("the state store is not open yet"),
    BOT_API("the Bot API has not answered getMe yet");

    final String waiting;

    Part(String waiting) {
      this.waiting = waiting;
    }
  }

  private final Map<Part, Boolean> up = new EnumMap<>(Part.class);
  private volatile BooleanSupplier receiving = () -> false;

  /** Marks a part as up. */
  public synchronized void up(Part part) {
    up.put(part, true);
  }

  /** Updates are received while this holds (polling running, webhook server listening). */
  public void receiving(BooleanSupplier alive) {
    receiving = alive;
  }

  /** Empty when ready, else why not (the first part still missing). */
  public synchronized Optional<String> notReady() {
    for (Part p : Part.values()) {
      if (!up.getOrDefault(p, false)) return Optional.of(p.waiting);
    }
    if (!receiving.getAsBoolean()) return Optional.of("not receiving updates");
    return Optional.empty();
  }

  /** Whether updates are being received. */
  public boolean alive() {
    return receiving.getAsBoolean();
  }
}
