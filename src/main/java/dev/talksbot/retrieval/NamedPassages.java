package dev.talksbot.retrieval;

import dev.talksbot.index.IndexHit;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name the question gives that no retrieved passage holds: BM25's first passage for that name
 * alone is handed on too, when it holds every name of the question. A rare name loses to the
 * question's other words in both rankings ("What did Vosk say about the ferries?" over coverage
 * where "what" stands in a quotation and the kNN ranking favours passages on ferries), and the
 * answerer would then say the coverage does not quote Vosk. A passage that names only the missing
 * name is not handed on: a question that swaps one name for another ("the Tarn Union" for "the
 * Brenn Union") must still meet coverage that lacks it (SQuAD 2.0 tune: no decision changed;
 * handing on any passage with the name lost 6 such questions).
 */
final class NamedPassages {
  private NamedPassages() {}

  /** Most passages handed on this way per question. */
  static final int MOST = 2;

  /**
   * Appends to {@code out} (the retrieved passages) BM25's first passage for each of the question's
   * names that none of them holds, when that passage holds all of the question's names; {@code
   * articles} is the index's articles as the retriever read them for this question.
   */
  static void add(
      String question,
      List<ScoredPassage> out,
      SearchIndex index,
      Map<String, Article> articles,
      Map<String, IndexHit> bm25ById,
      Map<String, IndexHit> denseById)
      throws IOException {
    Map<String, List<String>> names = names(question);
    if (names.isEmpty()) return;
    Set<String> all = new HashSet<>();
    names.values().forEach(all::addAll);
    // the names' terms no retrieved passage holds (passages read until none is left)
    Set<String> unheld = new HashSet<>(all);
    for (ScoredPassage p : out) {
      if (unheld.isEmpty()) return;
      unheld.removeAll(TextAnalysis.terms(p.passage().text()));
    }
    int added = 0;
    for (Map.Entry<String, List<String>> name : names.entrySet()) {
      if (added >= MOST) break;
      if (java.util.Collections.disjoint(unheld, name.getValue())) continue;
      List<IndexHit> hits = index.searchBm25(name.getKey(), 1);
      if (hits.isEmpty()) continue;
      String id = hits.getFirst().passageId();
      if (out.stream().anyMatch(o -> o.passage().id().equals(id))) continue;
      Map<String, Passage> loaded = index.passages(List.of(id));
      Passage p = loaded.get(id);
      if (p == null || !articles.containsKey(p.articleId())) continue; // replaced since the search
      Set<String> terms = new HashSet<>(TextAnalysis.terms(p.text()));
      if (!terms.containsAll(all)) continue;
      // no fused score: it was not among the fused passages handed on
      HybridRetriever.add(out, new RankFusion.Fused(id, 0), loaded, articles, bm25ById, denseById);
      unheld.removeAll(terms);
      added++;
    }
  }

  /**
   * The question's capitalised words after its first (which any question capitalises), stripped of
   * punctuation, each with its analysed terms (words without any are left out), in order and
   * without repeats.
   */
  static Map<String, List<String>> names(String question) {
    String[] tokens = question.strip().split("\\s+");
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (int i = 1; i < tokens.length; i++) {
      String t = EDGES.matcher(tokens[i]).replaceAll("");
      if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) || out.containsKey(t)) continue;
      List<String> terms = TextAnalysis.terms(t);
      if (!terms.isEmpty()) out.put(t, terms);
    }
    return out;
  }

  /** Anything but letters and digits at either end of a word ("Vosk's" keeps its "s"). */
  private static final java.util.regex.Pattern EDGES =
      java.util.regex.Pattern.compile("^[^\\p{L}\\p{Nd}]+|[^\\p{L}\\p{Nd}]+$");
}
