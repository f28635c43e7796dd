package dev.talksbot.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Thread-safe English tokenizing, part-of-speech tagging and lemmatizing with Apache OpenNLP's
 * Universal Dependencies (English Web Treebank) models, which come as Maven artifacts
 * (opennlp-models-tokenizer-en, -pos-en, -lemmatizer-en) holding one {@code .bin} file each at the
 * root of the class path.
 *
 * <p>The models load once, on first use, and are shared; OpenNLP's {@code *ME} classes are not
 * thread-safe, so each thread gets its own tokenizer, tagger and lemmatizer over the shared models.
 * Results are kept in a bounded least-recently-used cache, since the same sentences are tagged
 * again and again.
 */
public final class Pos {

  /** Sentences whose tagging is kept: about 20,000 short sentences use some tens of megabytes. */
  public static final int DEFAULT_CACHE_CAPACITY = 20_000;

  static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMATIZER_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private static final Pos SHARED = new Pos(DEFAULT_CACHE_CAPACITY);

  /** The loaded models, created on first access to this holder class (thread-safe by the JVM). */
  private static final class Models {
    static final TokenizerModel TOKENIZER = load(TOKENIZER_MODEL, TokenizerModel::new);
    static final POSModel POS = load(POS_MODEL, POSModel::new);
    static final LemmatizerModel LEMMATIZER = load(LEMMATIZER_MODEL, LemmatizerModel::new);

    private interface Reader<M> {
      M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, Reader<M> reader) {
      try (InputStream in = Pos.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "OpenNLP model " + resource + " is not on the class path (opennlp-models-*-en jars)");
        }
        return reader.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
      }
    }
  }

  /** One thread's OpenNLP tools over the shared models. */
  private record Tools(TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    static Tools create() {
      return new Tools(
          new TokenizerME(Models.TOKENIZER),
          new POSTaggerME(Models.POS, POSTagFormat.UD),
          new LemmatizerME(Models.LEMMATIZER));
    }
  }

  private static final Set<String> CONTRACTIONS = Set.copyOf(Lexicon.lines("contractions.txt"));

  private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(Tools::create);

  private final int capacity;
  private final Map<String, Tagged> cache;

  /**
   * @param cacheCapacity how many sentences to keep tagged (0 turns the cache off)
   */
  public Pos(int cacheCapacity) {
    if (cacheCapacity < 0) {
      throw new IllegalArgumentException("cache capacity must be >= 0, got " + cacheCapacity);
    }
    this.capacity = cacheCapacity;
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Loads the three models now (e.g. on a background thread while a command starts up). */
  public static void preload() {
    Objects.requireNonNull(Models.LEMMATIZER);
  }

  /** The process-wide instance with the default cache. */
  public static Pos shared() {
    return SHARED;
  }

  /** Tokens, tags, lemmas and offsets of one sentence (any text; an empty one has no tokens). */
  public Tagged tag(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    if (capacity > 0) {
      synchronized (cache) {
        Tagged hit = cache.get(sentence);
        if (hit != null) {
          return hit;
        }
      }
    }
    Tagged tagged = compute(sentence);
    if (capacity > 0) {
      synchronized (cache) {
        cache.put(sentence, tagged);
      }
    }
    return tagged;
  }

  /**
   * As {@link #tag}, without keeping the result: for text tagged once and stored (the index spots
   * each passage's values when it writes them), which would only push questions' sentences out.
   */
  public Tagged tagOnce(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    if (capacity > 0) {
      synchronized (cache) {
        Tagged hit = cache.get(sentence);
        if (hit != null) return hit;
      }
    }
    return compute(sentence);
  }

  /** Sentences in the cache now (never more than the capacity). */
  public int cachedSentences() {
    synchronized (cache) {
      return cache.size();
    }
  }

  public int cacheCapacity() {
    return capacity;
  }

  /**
   * Splits what the tokenizer model leaves attached and the tagger then mistags: the possessive
   * ending of a capitalised word ("Ukraine's" → Ukraine + 's, tagged as PRON+AUX otherwise; not
   * contractions such as "It's", listed in {@code /nlp/contractions.txt}), a leading hyphen that
   * joins a word to the one before ("Knowles-Carter" comes out as Knowles, -Carter), and a number
   * joined by a hyphen to a word ({@link #numberHyphen}: "11-member" is 11, -, member).
   */
  private static Span[] splitAffixes(String sentence, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length + 4);
    for (Span span : spans) {
      int start = span.getStart();
      int end = span.getEnd();
      if (end - start > 1
          && sentence.charAt(start) == '-'
          && Character.isLetter(sentence.charAt(start + 1))
          && !out.isEmpty()
          && out.getLast().getEnd() == start) {
        out.add(new Span(start, start + 1));
        start++;
      }
      int hyphen = numberHyphen(sentence, start, end);
      if (hyphen > 0) {
        out.add(new Span(start, hyphen));
        out.add(new Span(hyphen, hyphen + 1));
        start = hyphen + 1;
      }
      if (end - start > 2
          && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '’')
          && (sentence.charAt(end - 1) == 's' || sentence.charAt(end - 1) == 'S')
          && Character.isLetter(sentence.charAt(end - 3))
          && Character.isUpperCase(sentence.charAt(start))
          && !CONTRACTIONS.contains(
              sentence.substring(start, end).replace('’', '\'').toLowerCase(Locale.ROOT))) {
        out.add(new Span(start, end - 2));
        out.add(new Span(end - 2, end));
      } else {
        out.add(new Span(start, end));
      }
    }
    return out.toArray(Span[]::new);
  }

  /** A figure or word joined by a hyphen to a word: "11-member", "eleven-member". */
  private static final java.util.regex.Pattern NUMBER_HYPHEN =
      java.util.regex.Pattern.compile("(\\d[\\d,.]*|\\p{L}+)[-‑](\\p{L}+)");

  /**
   * Where the hyphen of a token that joins a number to a word stands ("11-member",
   * "eleven-member"), or -1: the tokenizer model splits most such compounds ("60-day" comes out as
   * 60, -day) but keeps some whole, and a whole one is tagged as a noun, so that its number is no
   * value. Two number words ("twenty-four") are left as the tokenizer gives them.
   */
  static int numberHyphen(String sentence, int start, int end) {
    if (!hasHyphen(sentence, start, end)) return -1; // most tokens: no matcher made
    java.util.regex.Matcher m = NUMBER_HYPHEN.matcher(sentence).region(start, end);
    if (!m.matches()) return -1;
    if (!LexiconWords.isNumber(m.group(1))
        || LexiconWords.isNumberWord(m.group(2).toLowerCase(Locale.ROOT))) return -1;
    return m.end(1);
  }

  private static boolean hasHyphen(String sentence, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = sentence.charAt(i);
      if (c == '-' || c == '‑') return true;
    }
    return false;
  }

  private static Tagged compute(String sentence) {
    Tools tools = TOOLS.get();
    Span[] spans = splitAffixes(sentence, tools.tokenizer().tokenizePos(sentence));
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = tools.tagger().tag(words);
    String[] lemmas = tools.lemmatizer().lemmatize(words, tags);
    List<Tagged.Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lemma = lemmas[i];
      if (lemma == null || lemma.isBlank() || lemma.equals("_") || lemma.equals("O")) {
        lemma = words[i].toLowerCase(Locale.ROOT);
      }
      tokens.add(
          new Tagged.Token(words[i], tags[i], lemma, spans[i].getStart(), spans[i].getEnd()));
    }
    return new Tagged(sentence, tokens);
  }
}
