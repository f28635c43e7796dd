package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences made up for these tests, or written in the style of Wikipedia (SQuAD) paragraphs. */
class ValueSpotterTest {

  private static List<TypedValue> values(String s) {
    List<TypedValue> vs = ValueSpotter.values(s);
    for (TypedValue v : vs) {
      assertThat(s.substring(v.start(), v.end())).isEqualTo(v.text());
    }
    return vs;
  }

  @Test
  void peopleOrganisationsNumbersAndDatesInANewsSentence() {
    assertThat(
            values(
                "Jane Roe, the head of the Ministry of Defence, said 1,200 prisoners were"
                    + " exchanged on July 23."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Jane Roe", AnswerType.PERSON),
            tuple("Ministry of Defence", AnswerType.ORGANISATION),
            tuple("1,200", AnswerType.NUMBER),
            tuple("July 23", AnswerType.DATE));
  }

  @Test
  void aNumberInFiguresIsANumberWhateverItsTag() {
    String s = "Brennick asked Lutavia to add 38 Russian sailors.";
    // the tagger reads this "38" as a preposition (ADP); written in figures, it is a number
    assertThat(Pos.shared().tag(s).tokens())
        .filteredOn(t -> t.text().equals("38"))
        .singleElement()
        .satisfies(t -> assertThat(t.isNumber()).isTrue());
    assertThat(values(s))
        .extracting(TypedValue::text, TypedValue::type)
        .contains(tuple("38", AnswerType.NUMBER));
  }

  @Test
  void numberWordsFullDatesRelativeWeekdaysAndMultiWordPlaces() {
    assertThat(
            values(
                "Twelve delegates arrived in New York on 23 July 2025, and talks resumed last"
                    + " Tuesday."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Twelve", AnswerType.NUMBER),
            tuple("New York", AnswerType.PLACE),
            tuple("23 July 2025", AnswerType.DATE),
            tuple("last Tuesday", AnswerType.DATE));
  }

  @Test
  void titlesSeparatePeopleFromOrganisationsAndAcronymsAreOrganisations() {
    assertThat(
            values(
                "NATO Secretary General Mark Rutte met President Emmanuel Macron in Paris in"
                    + " 2024."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("NATO", AnswerType.ORGANISATION),
            tuple("Mark Rutte", AnswerType.PERSON),
            tuple("Emmanuel Macron", AnswerType.PERSON),
            tuple("Paris", AnswerType.PLACE),
            tuple("2024", AnswerType.DATE));
  }

  @Test
  void wikipediaStyleSentences() {
    assertThat(
            values(
                "Beyoncé Giselle Knowles-Carter is an American singer born on September 4, 1981"
                    + " in Houston, Texas."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Beyoncé Giselle Knowles-Carter", AnswerType.PERSON),
            tuple("September 4, 1981", AnswerType.DATE),
            tuple("Houston", AnswerType.PLACE),
            tuple("Texas", AnswerType.PLACE));
    assertThat(values("The University of Cambridge was founded in 1209, according to the BBC."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("University of Cambridge", AnswerType.ORGANISATION),
            tuple("1209", AnswerType.DATE),
            tuple("BBC", AnswerType.ORGANISATION));
  }

  @Test
  void moreWikipediaAndNewsSentences() {
    assertThat(values("Frédéric Chopin was born in Żelazowa Wola, 46 kilometres west of Warsaw."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Frédéric Chopin", AnswerType.PERSON),
            tuple("Żelazowa Wola", AnswerType.PLACE),
            tuple("46", AnswerType.NUMBER),
            tuple("Warsaw", AnswerType.PLACE));
    assertThat(
            values(
                "Prime Minister Keir Starmer and Chancellor Rachel Reeves visited the Bank of"
                    + " England on Wednesday."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Keir Starmer", AnswerType.PERSON),
            tuple("Rachel Reeves", AnswerType.PERSON),
            tuple("Bank of England", AnswerType.ORGANISATION),
            tuple("Wednesday", AnswerType.DATE));
    assertThat(
            values(
                "Dr. Sarah Chen of Stanford University presented the findings at a conference in"
                    + " Tokyo last week."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Sarah Chen", AnswerType.PERSON),
            tuple("Stanford University", AnswerType.ORGANISATION),
            tuple("Tokyo", AnswerType.PLACE),
            tuple("last week", AnswerType.DATE));
    assertThat(
            values(
                "Negotiators met for three hours at the Dolmabahce Palace, and the United States"
                    + " sent about 60% of the aid."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("three", AnswerType.NUMBER),
            tuple("Dolmabahce Palace", AnswerType.PLACE),
            tuple("United States", AnswerType.PLACE),
            tuple("60%", AnswerType.NUMBER));
  }

  @Test
  void organisationWordsCurrencyUnitsAndWeekdayDates() {
    assertThat(
            values(
                "The European Council met on Tuesday, March 4, and the United Nations said $3.5"
                    + " million was pledged, about 40 percent of the target."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("European Council", AnswerType.ORGANISATION),
            tuple("Tuesday, March 4", AnswerType.DATE),
            tuple("United Nations", AnswerType.ORGANISATION),
            tuple("$3.5 million", AnswerType.NUMBER),
            tuple("40 percent", AnswerType.NUMBER));
  }

  @Test
  void aCountFollowedByANounIsANumberNotAYear() {
    assertThat(values("Officials said 2000 soldiers and twelve tanks crossed the river yesterday."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("2000", AnswerType.NUMBER),
            tuple("twelve", AnswerType.NUMBER),
            tuple("yesterday", AnswerType.DATE));
  }

  @Test
  void aLoneSurnameOfAPersonNamedInTheSentenceIsAPerson() {
    assertThat(values("Defence Minister Ivan Petrenko arrived first; Petrenko then left."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Ivan Petrenko", AnswerType.PERSON), tuple("Petrenko", AnswerType.PERSON));
  }

  @Test
  void possessiveEndingIsNotPartOfTheValue() {
    assertThat(values("The envoy met Maria Lopez's deputy in Lisbon."))
        .extracting(TypedValue::text, TypedValue::type)
        .containsExactly(
            tuple("Maria Lopez", AnswerType.PERSON), tuple("Lisbon", AnswerType.PLACE));
  }

  @Test
  void theMonthMayNeedsACapitalAndTheModalDoesNotCount() {
    assertThat(values("Talks may resume in May."))
        .extracting(TypedValue::text)
        .containsExactly("May");
    assertThat(ValueSpotter.has("Talks may resume soon.", AnswerType.DATE)).isFalse();
  }

  @Test
  void hasAndValuesNotNamedByTheQuestion() {
    String s = "Jane Roe met Omar Haddad in Vienna on 4 March.";
    assertThat(ValueSpotter.has(s, AnswerType.PERSON)).isTrue();
    assertThat(ValueSpotter.has(s, AnswerType.NUMBER)).isFalse();

    assertThat(ValueSpotter.values(s, "Who did Haddad meet in Vienna?"))
        .extracting(TypedValue::text)
        .containsExactly("Jane Roe", "4 March");
    assertThat(ValueSpotter.has(s, AnswerType.PLACE, "Who did Haddad meet in Vienna?")).isFalse();
    assertThat(ValueSpotter.has(s, AnswerType.DATE, "What happened on 4 March?")).isFalse();
    assertThat(ValueSpotter.has(s, AnswerType.DATE, "What happened in March?")).isTrue();
  }

  @Test
  void aSentenceWithoutValuesHasNone() {
    assertThat(values("the talks were long and difficult, officials said.")).isEmpty();
    assertThat(values("")).isEmpty();
  }

  @Test
  void aNamedDayIsADateNotAPerson() {
    assertThat(values("The swap took place on Freedonia Independence Day, and Anna Berg attended."))
        .extracting(TypedValue::text, TypedValue::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Freedonia Independence Day", AnswerType.DATE),
            org.assertj.core.groups.Tuple.tuple("Anna Berg", AnswerType.PERSON));
  }

  @Test
  void aNumberWordAndItsDigitsWriteTheSameValue() {
    assertThat(LexiconWords.numberValue("three")).isEqualTo(LexiconWords.numberValue("3"));
    assertThat(LexiconWords.numberValue("1,200")).isEqualTo("1200");
    assertThat(LexiconWords.numberValue("dozen")).isEqualTo("12");
    assertThat(LexiconWords.numberValue("hundred")).isEqualTo("hundred");
    assertThat(LexiconWords.numberValue("four")).isNotEqualTo(LexiconWords.numberValue("5"));
  }
}
