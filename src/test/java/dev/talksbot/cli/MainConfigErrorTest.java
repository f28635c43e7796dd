package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.config.ConfigException;
import dev.talksbot.config.RetrievalSettings;
import org.junit.jupiter.api.Test;

class MainConfigErrorTest {
  @Test
  void aConfigurationErrorIsFoundByTypeAnywhereInTheCauseChain() {
    ConfigException direct = new ConfigException("x must be 1");
    assertThat(Main.configProblem(direct)).isSameAs(direct);
    RuntimeException wrapped =
        new RuntimeException("open failed", new IllegalStateException(direct));
    assertThat(Main.configProblem(wrapped)).isSameAs(direct);
    // a settings record's own validation error is recognised without looking at stack frames
    Throwable invalid =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> new RetrievalSettings(null, null, 0, null, null, null, null));
    assertThat(invalid).isInstanceOf(ConfigException.class);
    assertThat(Main.configProblem(new RuntimeException(invalid))).isSameAs(invalid);
    // an ordinary IllegalArgumentException is not a configuration error
    assertThat(Main.configProblem(new RuntimeException(new IllegalArgumentException("bad"))))
        .isNull();
  }
}
