package dev.talksbot.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EveryNTest {
  @Test
  void saysYesOncePerNCalls() {
    EveryN every3 = new EveryN(3);
    List<Boolean> got = new ArrayList<>();
    for (int i = 0; i < 7; i++) got.add(every3.tick());
    assertThat(got).containsExactly(false, false, true, false, false, true, false);
    assertThatThrownBy(() -> new EveryN(0)).hasMessage("n must be >= 1, got 0");
  }
}
