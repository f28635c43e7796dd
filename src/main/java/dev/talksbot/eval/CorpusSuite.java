package dev.talksbot.eval;

import dev.talksbot.config.TalksbotConfig;

final class CorpusSuite {
  static SuiteResult run(EvalOptions o, TalksbotConfig c) { throw new UnsupportedOperationException(); }
}
