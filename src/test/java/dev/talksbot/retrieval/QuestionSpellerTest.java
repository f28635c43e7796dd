package dev.talksbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.IndexSchema;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spelling correction against a real index on disk of made-up articles. */
class QuestionSpellerTest {
  static final String CANAL_TALKS =
      """
      Valdorian delegation head Orsolya Brennick said on Monday that the talks over the Quellmoor \
      canal would go on in Lisbon next week. Valdoria does not want a new toll, she said.

      The Castrovian envoy, deputy minister Tamas Wendricht, proposed a pension fund for canal \
      workers who lost their jobs. Joe Arlen, a canal pilot, said the fund came too late. A \
      lockkeeper in Ferrowick said two lockkeepers had already left.
      """;

  static final String EXCHANGE =
      """
      Brennick and Wendricht signed a memorandum on the exchange of 300 detained canal engineers \
      in the Marconi building. Valdorian officials said the exchange would take place in two stages, \
      and related the names of the first twenty. A second stage would free 1,500 more, and each \
      side keeps 4500 guards at the canal. The United Nations welcomed the accord. Recep Aydinli \
      chaired the signing. Mykola Brodskyy did not say much about it.
      """;

  static final List<Article> ARTICLES =
      List.of(
          article("canal-talks", "Ferrowick accord talks go on in Lisbon", CANAL_TALKS),
          article("exchange", null, EXCHANGE));

  @TempDir static Path dir;
  static PassageIndex index;
  static QuestionSpeller speller;

  @BeforeAll
  static void buildIndex() throws IOException {
    index = newIndex(dir.resolve("index"));
    index.rebuild(ARTICLES, IndexProgress.NONE);
    speller = new QuestionSpeller(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void twoMisspeltWordsInOneQuestionAreBothCorrected() {
    Correction c = speller.correct("Who leads the Valdorain delegaton?");
    assertThat(c.corrected()).isEqualTo("Who leads the Valdorian delegation?");
    assertThat(c.fixes())
        .containsExactly(
            new Correction.Fix("Valdorain", "Valdorian"),
            new Correction.Fix("delegaton", "delegation"));
    assertThat(c.changed()).isTrue();
    assertThat(c.original()).isEqualTo("Who leads the Valdorain delegaton?");
  }

  @Test
  void aNumberIsReadAsTheCoverageGroupsItsDigits() {
    Correction c = speller.correct("When will the 1500 be freed, and why 4,500 guards?");
    assertThat(c.corrected()).isEqualTo("When will the 1,500 be freed, and why 4500 guards?");
    assertThat(c.fixes())
        .containsExactly(new Correction.Fix("1500", "1,500"), new Correction.Fix("4,500", "4500"));
    // numbers the coverage writes as asked, or in neither form, are left alone
    for (String q : List.of("When will the 1,500 be freed?", "What happened in 2025?", "Why 300?"))
      assertThat(speller.correct(q).changed()).as(q).isFalse();
  }

  @Test
  void anOrdinalInFiguresIsReadAsTheWordTheCoverageWrites() {
    Correction c = speller.correct("What will the 2nd stage free?");
    assertThat(c.corrected()).isEqualTo("What will the second stage free?");
    assertThat(c.fixes()).containsExactly(new Correction.Fix("2nd", "second"));
    // an ordinal the coverage has no word for, or a number that is no ordinal, is left alone
    for (String q : List.of("Who won the 3rd stage?", "Was it the 21st accord?", "Is 2nd2 a code?"))
      assertThat(speller.correct(q).changed()).as(q).isFalse();
  }

  @Test
  void aNameTheCoverageLacksIsReadAsAnotherNameOfItsGroupThatItHas() {
    // language/name-aliases.txt: "Kyiv | Kiev", "United Nations | UN"
    Correction c = speller.correct("What did the UN say about the canal in Kiev?");
    assertThat(c.fixes()).containsExactly(new Correction.Fix("UN", "United Nations"));
    assertThat(c.corrected()).isEqualTo("What did the United Nations say about the canal in Kiev?");
    assertThat(speller.correct("What was the UN's answer?").corrected())
        .isEqualTo("What was the United Nations' answer?");
    // "un" in lower case is no name of the United Nations ("un" is an English word)
    assertThat(speller.correct("Was the toll un fair?").fixes())
        .doesNotContain(new Correction.Fix("un", "United Nations"));
  }

  /**
   * A word cut short is a typo, though it is an English word's stem ("exchang" of "exchange"): an
   * inflected form the vocabulary lacks ("delegations") is longer than its stem.
   */
  @Test
  void aWordCutShortIsCorrected() {
    assertThat(speller.correct("When will the exchang take place?").corrected())
        .isEqualTo("When will the exchange take place?");
    assertThat(speller.correct("What did the workers los?").changed()).isFalse(); // 3 letters
    assertThat(speller.correct("Which delegations met in Lisbon?").changed()).isFalse();
  }

  /** A name the coverage has, typed in lower case, is capitalised; other words are left alone. */
  @Test
  void aNameTypedInLowerCaseIsCapitalised() {
    assertThat(speller.capitaliseNames("what did brennick say about the canal"))
        .isEqualTo("what did Brennick say about the canal");
    assertThat(speller.capitaliseNames("who is wendricht?")).isEqualTo("who is Wendricht?");
    // the rest of the name typed next to it, though an English word ("joe")
    assertThat(speller.capitaliseNames("what did joe arlen say about the fund"))
        .isEqualTo("what did Joe Arlen say about the fund");
    // the question's own words next to the name stay lower case, though the coverage has them
    assertThat(speller.capitaliseNames("what did brodskyy say about the canal"))
        .isEqualTo("what did Brodskyy say about the canal");
    // another spelling of a transliterated name the coverage has is the name too
    assertThat(speller.capitaliseNames("what did brodskiy say")).isEqualTo("what did Brodskiy say");
    // a noun the English list lacks that the coverage also writes in the plural is no name
    assertThat(speller.capitaliseNames("what did the lockkeeper say about the canal"))
        .isEqualTo("what did the lockkeeper say about the canal");
    // and so is its plural, when the coverage writes the singular
    assertThat(speller.capitaliseNames("what did the lockkeepers say about the canal"))
        .isEqualTo("what did the lockkeepers say about the canal");
    // English words, names the coverage lacks and names already capitalised stay as typed
    for (String q :
        List.of("what did the envoy say about pensions", "who is marchetti", "Who is Brennick?"))
      assertThat(speller.capitaliseNames(q)).as(q).isEqualTo(q);
  }

  /** Analysis reads "Brodskiy" as the coverage's "Brodskyy": nothing to correct, nothing to say. */
  @Test
  void anotherSpellingOfATransliteratedNameIsNoTypo() {
    for (String q : List.of("What did Brodskiy say?", "What did Brodsky say?"))
      assertThat(speller.correct(q).changed()).as(q).isFalse();
  }

  @Test
  void aCorrectQuestionIsUnchanged() {
    Correction c = speller.correct("Who leads the Valdorian delegation?");
    assertThat(c.changed()).isFalse();
    assertThat(c.corrected()).isEqualTo(c.original());
    assertThat(c.fixes()).isEmpty();
  }

  @Test
  void realWordsTheCoverageLacksAreLeftAlone() {
    // "passion" is two edits from "pension", "Macron" three from "Marconi", "job" one from
    // "jobs" and "Joe", "envoys" one from "envoy": all real words or names of something else
    for (String q :
        List.of(
            "What did Brennick say about passion?",
            "What did Macron say about the canal?",
            "What job does Wendricht hold?",
            "Which envoys met in Lisbon?",
            "What did the envoys say about canals and pensions?")) {
      assertThat(speller.correct(q).changed()).as(q).isFalse();
    }
  }

  @Test
  void aTypoCloserToAnEnglishWordTheCoverageLacksIsLeftAlone() {
    // "repoted" is one edit from "reported" (not in the coverage), two from the coverage's
    // "related": the user asked about reports, not relations
    assertThat(speller.correct("Who repoted the exchange?").changed()).isFalse();
    // while "relaetd" is one edit from "related"
    assertThat(speller.correct("Who relaetd the exchange?").corrected())
        .isEqualTo("Who related the exchange?");
  }

  @Test
  void aMisspeltNameIsReadAsTheIndexedNameInItsCasing() {
    assertThat(speller.correct("What did Brenick propose?").corrected())
        .isEqualTo("What did Brennick propose?");
    assertThat(speller.correct("what did wendrict propose").corrected())
        .isEqualTo("what did wendricht propose");
    assertThat(speller.correct("WHAT DID WENDRICT PROPOSE").corrected())
        .isEqualTo("WHAT DID WENDRICHT PROPOSE");
  }

  @Test
  void aTitleWordIsPartOfTheVocabulary() {
    // "Ferrowick" occurs only in a headline
    assertThat(speller.correct("What is the Ferowick accord?").corrected())
        .isEqualTo("What is the Ferrowick accord?");
  }

  @Test
  void punctuationNumbersAndQuestionShapeSurvive() {
    String q = "  Did Brenick — or Wendricht(!) — sign the memorandum on 300 \"engneers\"?!  ";
    Correction c = speller.correct(q);
    assertThat(c.corrected())
        .isEqualTo(
            "  Did Brennick — or Wendricht(!) — sign the memorandum on 300 \"engineers\"?!  ");
    assertThat(c.fixes())
        .containsExactly(
            new Correction.Fix("Brenick", "Brennick"), new Correction.Fix("engneers", "engineers"));
  }

  @Test
  void aMistypedQuestionWordIsReadAsTheQuestionWordNotACoverageWord() {
    // "want" (in the coverage) is one edit from "Waht" too
    assertThat(speller.correct("Waht did Brennick say about the toll?").corrected())
        .isEqualTo("What did Brennick say about the toll?");
  }

  @Test
  void theWordsARequestForTheNewsIsReadByAreNeverCorrected() {
    // "recap" is one edit from the name "Recep": corrected, "Recap pls" would be no request
    assertThat(speller.correct("Recap pls").changed()).isFalse();
    assertThat(speller.correct("Any updates?").changed()).isFalse();
    // the name itself, mistyped, still is
    assertThat(speller.correct("Who is Recp Aydinli?").corrected())
        .isEqualTo("Who is Recep Aydinli?");
  }

  @Test
  void wordsWithDigitsAndShortWordsAreNeverChanged() {
    assertThat(speller.correct("Was the G7x summit or the ECB in it?").changed()).isFalse();
  }

  @Test
  void badInputGetsAClearMessage() {
    assertThatThrownBy(() -> speller.correct(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("question must not be null");
    assertThatThrownBy(() -> new Correction("a", "b", List.of()))
        .hasMessageContaining("no fix says why");
    assertThatThrownBy(() -> new Correction.Fix("word", "word"))
        .hasMessageContaining("must change the word");
    assertThatThrownBy(() -> new Correction.Fix(" ", "x")).hasMessageContaining("as written");
  }

  @Test
  void anIndexBuiltBeforeTheSpellingFieldIsRebuilt(@TempDir Path data, @TempDir Path corpus)
      throws IOException {
    Files.writeString(corpus.resolve("canal-talks.txt"), CANAL_TALKS);
    Files.writeString(corpus.resolve("exchange.txt"), EXCHANGE);
    TalksbotConfig cfg = TalksbotConfig.defaults().withDataDir(data).withCorpusDir(corpus);
    writeOldIndex(cfg.indexDir());
    try (PassageIndex old = newIndex(cfg.indexDir())) {
      assertThat(old.exists()).as("an index of schema version 3 is not usable").isFalse();
    }
    try (TalksBot bot = TalksBot.open(cfg, TestCorpus.embedder(), IndexProgress.NONE)) {
      assertThat(bot.index().exists()).isTrue();
      assertThat(bot.index().articles()).containsOnlyKeys("canal-talks", "exchange");
      int spellDocs =
          ((PassageIndex) bot.index())
              .withSearcher(
                  s -> s.getIndexReader().docFreq(new Term(IndexSchema.SPELL, "brennick")));
      assertThat(spellDocs).isPositive();
      assertThat(new QuestionSpeller(bot.index()).correct("Who is Brenick?").corrected())
          .isEqualTo("Who is Brennick?");
    }
  }

  /** A passage index as version 3 wrote it: no spelling field. */
  private static void writeOldIndex(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    try (var directory = FSDirectory.open(indexDir);
        IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE, Field.Store.NO));
      d.add(new StringField(IndexSchema.ID, "canal-talks#0", Field.Store.YES));
      d.add(
          new TextField(IndexSchema.TEXT, "Brennick said the talks would go on.", Field.Store.YES));
      w.addDocument(d);
      w.setLiveCommitData(
          Map.of(
                  IndexSchema.META_EMBEDDING_MODEL,
                  TestCorpus.embedder().name(),
                  IndexSchema.META_SCHEMA_VERSION,
                  "3")
              .entrySet());
      w.commit();
    }
  }

  private static PassageIndex newIndex(Path path) throws IOException {
    var chunking = TalksbotConfig.defaults().chunking();
    var retrieval = TalksbotConfig.defaults().retrieval();
    return new PassageIndex(
        path,
        TestCorpus.embedder(),
        new ParagraphChunker(chunking.targetChars(), chunking.maxChars()),
        retrieval.bm25K1(),
        retrieval.bm25B(),
        0.5);
  }

  private static Article article(String id, String title, String text) {
    return new Article(
        id, id + ".txt", title, "Northgate Wire", List.of(), LocalDate.of(2025, 3, 2), null, text);
  }
}
