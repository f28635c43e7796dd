package dev.talksbot.answer;

/** The plain messages used when the coverage does not answer. */
public final class Refusals {
  private Refusals() {}

  public static String notCovered(CorpusInfo corpus) {
    return "The coverage I have does not answer that. I know "
        + corpus.describe()
        + ". Try /summary for an overview or /sources for the articles.";
  }

  /**
   * The refusal of a question about what someone said when no report retrieved for it names them.
   * With a topic it says only that the speaker is not quoted on it: the reports were retrieved for
   * the topic, and another may quote the speaker on something else.
   *
   * @param speaker the speaker as the question words it ("the Pope")
   * @param topic what the question asks the speaker's words about, as it words it ("the talks"), or
   *     null
   */
  public static String speakerNotQuoted(String speaker, String topic, CorpusInfo corpus) {
    String named =
        speaker.strip() + (topic == null || topic.isBlank() ? "" : " on " + topic.strip());
    return "The coverage I have does not answer that: it does not quote "
        + named
        + (named.endsWith(".") ? " I know " : ". I know ")
        + corpus.describe()
        + ". Try /summary for an overview or /sources for the articles.";
  }

  /**
   * The refusal of a question that names what no report retrieved for it mentions.
   *
   * @param names the names as the question writes them ("Alaska")
   */
  public static String notMentioned(java.util.List<String> names, CorpusInfo corpus) {
    String listed =
        names.size() == 1
            ? names.getFirst()
            : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    return "The coverage I have does not answer that: it does not mention "
        + listed
        + ". I know "
        + corpus.describe()
        + ". Try /summary for an overview or /sources for the articles.";
  }

  /**
   * The refusal of a question whose subject the coverage speaks of, though nothing in it answers;
   * followed by the quote and its citation marker.
   */
  public static String nearest(String quote) {
    return "The coverage I have does not answer that directly. The nearest it comes: "
        + Quotation.wrap(quote);
  }

  /** Said after the answered part of a two-part question, for the part nothing answers. */
  public static String partNotCovered(String part) {
    return "The coverage does not say: \u201c" + part.strip() + "\u201d";
  }

  public static String noContentWords(CorpusInfo corpus) {
    return "I could not find anything to look up in that question. Ask about "
        + corpus.topic()
        + ", for example: Who leads the Russian delegation?";
  }

  public static String topicNotCovered(String topic, CorpusInfo corpus) {
    return "The coverage has nothing on \"" + topic + "\". I know " + corpus.describe() + ".";
  }

  public static String empty(CorpusInfo corpus) {
    // read in chat as well as on the command line: who adds coverage is whoever runs the bot
    return "No articles are indexed yet, so I cannot answer. Whoever runs the bot adds coverage"
        + " with ./talksbot ingest FILE|FOLDER|URL (or files in the corpus folder and ./talksbot"
        + " index).";
  }
}
