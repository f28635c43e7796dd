package dev.talksbot.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import dev.talksbot.ingest.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer: what a Java developer gets from LangChain4j's "easy RAG" recipe, as its documentation
 * shows it — {@code DocumentSplitters.recursive(300, 30)}, the all-MiniLM-L6-v2 in-process
 * embedding model (the quantized artifact, the one on our classpath), an {@code
 * InMemoryEmbeddingStore} and an {@code EmbeddingStoreContentRetriever} with its default max
 * results (3) and min score. Benchmark code only: the product does not use it.
 */
public final class EasyRagPeer {
  public static final String DOC_ID = "doc_id";
  private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
  private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
  private ContentRetriever retriever;
  private double ingestSeconds;
  private int documents;

  /** Ingests the articles as documents (title, blank line, text), the id in the metadata. */
  public EasyRagPeer ingest(List<Article> articles) {
    long t0 = System.nanoTime();
    List<Document> docs = new ArrayList<>(articles.size());
    for (Article a : articles) {
      String text = a.title() == null ? a.text() : a.title() + "\n\n" + a.text();
      docs.add(Document.from(text, Metadata.from(DOC_ID, a.id())));
    }
    EmbeddingStoreIngestor.builder()
        .documentSplitter(DocumentSplitters.recursive(300, 30))
        .embeddingModel(model)
        .embeddingStore(store)
        .build()
        .ingest(docs);
    retriever =
        EmbeddingStoreContentRetriever.builder()
            .embeddingStore(store)
            .embeddingModel(model)
            .build();
    ingestSeconds = (System.nanoTime() - t0) / 1e9;
    documents = docs.size();
    return this;
  }

  public double ingestSeconds() {
    return ingestSeconds;
  }

  public int documents() {
    return documents;
  }

  /** The contents the retriever returns (default: up to 3 segments). */
  public List<Content> retrieve(String query) {
    return retriever.retrieve(Query.from(query));
  }

  /** The documents of the returned segments, best first, each once. */
  public List<String> docs(String query) {
    return retrieve(query).stream()
        .map(c -> c.textSegment().metadata().getString(DOC_ID))
        .distinct()
        .toList();
  }
}
