package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // plain sentence: quoted once
        "The talks ended.|“The talks ended.”",
        // a sentence that is one quotation is not quoted again
        "“We are ready to talk,” the envoy said|“‘We are ready to talk,’ the envoy said”",
        "“We are ready. The problem is ‘them’.”|“We are ready. The problem is ‘them’.”",
        "`\"We are ready.\"`|`\"We are ready.\"`",
        // the sentence's own double marks nest as single ones
        "Moscow said “a lot of work” is needed.|“Moscow said ‘a lot of work’ is needed.”",
        "`Moscow said \"a lot of work\" is needed.`|“Moscow said ‘a lot of work’ is needed.”",
        "`The (\"all for all\") swap.`|“The (‘all for all’) swap.”",
        // two quotations side by side are not one
        "“Yes,” he said, “soon.”|“‘Yes,’ he said, ‘soon.’”",
        // surrounding space goes
        "`  Spaced out.  `|“Spaced out.”"
      })
  void quotesOnceWithInnerMarksNested(String text, String quoted) {
    assertThat(Quotation.wrap(text)).isEqualTo(quoted);
  }
}
