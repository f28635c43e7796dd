package dev.talksbot.retrieval;

import java.util.List;

/** Finds the passages most relevant to a query, best first, in a deterministic order. */
public interface Retriever {
  List<ScoredPassage> retrieve(RetrievalQuery query);
}
