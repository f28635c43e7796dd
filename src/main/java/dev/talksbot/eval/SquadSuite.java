package dev.talksbot.eval;

import dev.talksbot.config.TalksbotConfig;

final class SquadSuite {
  static SuiteResult run(EvalOptions o, TalksbotConfig c) { throw new UnsupportedOperationException(); }
}
