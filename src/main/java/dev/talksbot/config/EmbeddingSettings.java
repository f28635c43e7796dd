package dev.talksbot.config;

/**
 * @param model the in-process ONNX embedding model: {@code bge-small-en-v15-q} (default) or {@code
 *     all-minilm-l6-v2-q}
 */
public record EmbeddingSettings(String model) {
  public EmbeddingSettings {
    if (model == null) model = "bge-small-en-v15-q";
    if (!model.equals("bge-small-en-v15-q") && !model.equals("all-minilm-l6-v2-q")) {
      throw new ConfigException(
          "embedding.model must be bge-small-en-v15-q or all-minilm-l6-v2-q, got '" + model + "'");
    }
  }
}
