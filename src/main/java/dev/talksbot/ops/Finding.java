package dev.talksbot.ops;

import java.util.Objects;

/** The outcome of one {@code doctor} check: a line of its report. */
public sealed interface Finding permits Finding.Ok, Finding.Problem {
  /** What was checked, e.g. "JDK" or "token". */
  String check();

  /** The report line. */
  String line();

  /** The check passed; {@code detail} says what was found. */
  record Ok(String check, String detail) implements Finding {
    public Ok {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String line() {
      return "ok       " + check + ": " + detail;
    }
  }

  /** The check failed: what is wrong and what to do about it. */
  record Problem(String check, String what, String fix) implements Finding {
    public Problem {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(fix, "fix");
    }

    @Override
    public String line() {
      return "problem  " + check + ": " + what + " — " + fix;
    }
  }
}
