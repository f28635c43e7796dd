package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.index.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's plain-word vocabulary: a word is known when any passage holds it in the spell
 * field; suggestions come from the {@code term} suggester (Lucene's DirectSpellChecker run on each
 * shard, merged), asked with the speller's own options.
 */
final class ClusterVocabulary implements Vocabulary {
  private final OpenSearchHttp http;
  private final String index;

  ClusterVocabulary(OpenSearchHttp http, String index) {
    this.http = http;
    this.index = index;
  }

  @Override
  public <T> T read(ViewFunction<T> f) throws IOException {
    return f.apply(
        new View() {
          @Override
          public boolean contains(String word) throws IOException {
            return http.json("POST", "/" + index + "/_search", OpenSearchRequests.spellCount(word))
                    .path("hits")
                    .path("total")
                    .path("value")
                    .asLong()
                > 0;
          }

          @Override
          public List<Suggestion> suggest(String word, SuggestOptions o) throws IOException {
            JsonNode r =
                http.json("POST", "/" + index + "/_search", OpenSearchRequests.suggest(word, o));
            List<Suggestion> out = new ArrayList<>();
            for (JsonNode entry : r.path("suggest").path("fix"))
              for (JsonNode opt : entry.path("options"))
                out.add(
                    new Suggestion(
                        opt.path("text").asText(),
                        (float) opt.path("score").asDouble(),
                        opt.path("freq").asInt()));
            return out;
          }
        });
  }
}
