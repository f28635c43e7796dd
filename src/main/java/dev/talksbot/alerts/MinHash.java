package dev.talksbot.alerts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MinHash over word shingles of an article's cleaned text: the share of equal signature slots
 * estimates the Jaccard similarity of the two shingle sets. Deterministic (fixed seeds), so a
 * signature stored in the database is comparable with one computed later.
 */
public final class MinHash {
  public static final int SHINGLE_WORDS = 4;
  public static final int SLOTS = 128;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final long[] SEEDS = new long[SLOTS];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SLOTS; i++) {
      x = mix(x + 0x632BE59BD9B4E5L * (i + 1));
      SEEDS[i] = x;
    }
  }

  private MinHash() {}

  /**
   * The signature of a text (letters and digits only, lower-cased, so punctuation and quotes do not
   * matter).
   */
  public static int[] signature(String text) {
    String[] words = NON_WORD.split(text.toLowerCase(Locale.ROOT).strip());
    Set<Long> shingles = new HashSet<>();
    if (words.length < SHINGLE_WORDS) {
      shingles.add(hash(String.join(" ", words)));
    } else {
      for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < SHINGLE_WORDS; j++) b.append(words[i + j]).append(' ');
        shingles.add(hash(b.toString()));
      }
    }
    int[] sig = new int[SLOTS];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < SLOTS; i++) {
        int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
        if (h < sig[i]) sig[i] = h;
      }
    }
    return sig;
  }

  /** Estimated Jaccard similarity (0..1) of the shingle sets behind two signatures. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) return 0;
    int same = 0;
    for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
    return same / (double) a.length;
  }

  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
