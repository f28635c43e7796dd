package dev.talksbot.config;

/**
 * @param targetChars paragraphs shorter than this are merged with the next one
 * @param maxChars paragraphs longer than this are split at sentence boundaries
 */
public record ChunkingSettings(Integer targetChars, Integer maxChars) {
  public ChunkingSettings {
    if (targetChars == null) targetChars = 300;
    if (maxChars == null) maxChars = 700;
    if (targetChars < 1 || maxChars < targetChars) {
      throw new ConfigException(
          "chunking: need 1 <= targetChars <= maxChars, got " + targetChars + "/" + maxChars);
    }
  }
}
