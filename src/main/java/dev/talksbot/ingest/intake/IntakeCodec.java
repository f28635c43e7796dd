package dev.talksbot.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.ingest.SkippedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How queued requests and their outcomes are written in the queue's rows (kind, target, JSON). */
final class IntakeCodec {
  static final ObjectMapper JSON = new ObjectMapper();

  private IntakeCodec() {}

  static String kind(IntakeRequest r) {
    return switch (r) {
      case IntakeRequest.Files f -> "files";
      case IntakeRequest.Page p -> "page";
      case IntakeRequest.Reindex x -> "reindex";
    };
  }

  static String target(IntakeRequest r) {
    return switch (r) {
      case IntakeRequest.Files f -> f.path().toString();
      case IntakeRequest.Page p -> p.url();
      case IntakeRequest.Reindex x -> "";
    };
  }

  static IntakeRequest request(String kind, String target) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "files" -> new IntakeRequest.Files(Path.of(target));
      case "page" -> new IntakeRequest.Page(target);
      case "reindex" -> new IntakeRequest.Reindex();
      default -> throw new IllegalStateException("unknown intake request kind " + kind);
    };
  }

  static String write(IntakeResult r) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode skipped = n.putArray("skipped");
    for (SkippedFile s : r.skipped())
      skipped.addObject().put("file", s.file()).put("reason", s.reason());
    switch (r) {
      case IntakeResult.Added a -> {
        n.put("kind", "added").put("passages", a.passages());
        a.added().forEach(n.putArray("added")::add);
        a.unchanged().forEach(n.putArray("unchanged")::add);
      }
      case IntakeResult.Rebuilt b ->
          n.put("kind", "rebuilt")
              .put("articles", b.articles())
              .put("passages", b.passages())
              .put("fromCorpus", b.fromCorpus())
              .put("fromStore", b.fromStore());
    }
    return n.toString();
  }

  static IntakeResult read(JsonNode n) {
    List<SkippedFile> skipped = new ArrayList<>();
    n.path("skipped")
        .forEach(
            s -> skipped.add(new SkippedFile(s.path("file").asText(), s.path("reason").asText())));
    if ("rebuilt".equals(n.path("kind").asText())) {
      return new IntakeResult.Rebuilt(
          n.path("articles").asInt(),
          n.path("passages").asLong(),
          n.path("fromCorpus").asInt(),
          n.path("fromStore").asInt(),
          skipped);
    }
    return new IntakeResult.Added(
        strings(n.path("added")),
        strings(n.path("unchanged")),
        skipped,
        n.path("passages").asLong());
  }

  static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
