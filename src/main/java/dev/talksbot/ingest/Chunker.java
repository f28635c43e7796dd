package dev.talksbot.ingest;

import java.util.List;

/** Splits an article into passages for indexing. */
public interface Chunker {
  List<Passage> chunk(Article article);
}
