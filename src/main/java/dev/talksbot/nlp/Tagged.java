package dev.talksbot.nlp;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A sentence split into tokens, each with its part-of-speech tag, lemma and character offsets.
 *
 * @param sentence the text that was tagged
 * @param tokens the tokens in order
 */
public record Tagged(String sentence, List<Token> tokens) {

  public Tagged {
    Objects.requireNonNull(sentence, "sentence");
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    int previousEnd = 0;
    for (Token t : tokens) {
      if (t.start() < previousEnd || t.end() > sentence.length()) {
        throw new IllegalArgumentException(
            "token '" + t.text() + "' at " + t.start() + ".." + t.end() + " is out of order");
      }
      previousEnd = t.end();
    }
  }

  /**
   * Tags of closed word classes: pronouns, determiners, prepositions, conjunctions, auxiliaries,
   * particles (function words, which name no thing).
   */
  public static final java.util.Set<String> CLOSED_CLASS_TAGS =
      java.util.Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART");

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  /** The token texts. */
  public List<String> words() {
    return tokens.stream().map(Token::text).toList();
  }

  /** The Universal Dependencies tags (NOUN, PROPN, NUM, VERB …), one per token. */
  public List<String> tags() {
    return tokens.stream().map(Token::tag).toList();
  }

  /**
   * Whether a token tagged a verb has one of {@code lemmas} (lower case) as its lemma ("rejected"
   * for "reject").
   */
  public boolean hasVerb(java.util.Set<String> lemmas) {
    for (Token t : tokens)
      if (t.tag().equals("VERB") && lemmas.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)))
        return true;
    return false;
  }

  /** The lemmas in lower case, one per token. */
  public List<String> lemmas() {
    return tokens.stream().map(Token::lemma).toList();
  }

  /**
   * One token.
   *
   * <p>The tag is the Universal Dependencies part of speech the English model produces (PROPN is
   * Penn's NNP/NNPS, NUM is CD, NOUN is NN/NNS …). The tokenizer leaves a possessive attached
   * ("Smith's"); such a token gets a joined tag such as {@code PROPN+PART}; {@link #mainTag()} is
   * the part before the {@code +}.
   *
   * @param text the token as it appears in the sentence
   * @param tag its part-of-speech tag
   * @param lemma its lemma in lower case
   * @param start offset of its first character in the sentence
   * @param end offset after its last character
   */
  public record Token(String text, String tag, String lemma, int start, int end) {
    public Token {
      if (text == null || text.isEmpty()) {
        throw new IllegalArgumentException("a token needs text");
      }
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(lemma, "lemma");
      if (start < 0 || end - start != text.length()) {
        throw new IllegalArgumentException(
            "token '" + text + "' has offsets " + start + ".." + end + " that do not fit its text");
      }
    }

    /** A number written in figures ("38", "1,200", "3.5"). */
    private static final Pattern FIGURES = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");

    /** The tag before any {@code +} (a possessive token "Smith's" is PROPN+PART → PROPN). */
    public String mainTag() {
      int plus = tag.indexOf('+');
      return plus < 0 ? tag : tag.substring(0, plus);
    }

    public boolean isProperNoun() {
      return mainTag().equals("PROPN");
    }

    public boolean isNoun() {
      return mainTag().equals("NOUN");
    }

    /**
     * A number: tagged NUM, or written in figures whatever the tagger says (it has tagged a figure
     * before a nationality adjective as a preposition, ADP).
     */
    public boolean isNumber() {
      return mainTag().equals("NUM") || FIGURES.matcher(text).matches();
    }

    /** True for a token with a possessive ending that the tokenizer left attached ("Smith's"). */
    public boolean isPossessive() {
      return text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"));
    }
  }
}
