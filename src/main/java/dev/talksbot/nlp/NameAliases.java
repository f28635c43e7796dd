package dev.talksbot.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups of names that stand for one another ({@code language/name-aliases.txt}: "United States |
 * US | USA", "Kyiv | Kiev"): general knowledge of names and their spellings, read once for every
 * stage that needs it.
 */
public final class NameAliases {
  private NameAliases() {}

  private static final List<List<String>> GROUPS = read();

  private static List<List<String>> read() {
    List<List<String>> groups = new ArrayList<>();
    for (String line : ResourceLines.of("/language/name-aliases.txt")) {
      List<String> group = new ArrayList<>();
      for (String name : line.split("\\|")) group.add(name.strip());
      groups.add(List.copyOf(group));
    }
    return List.copyOf(groups);
  }

  /** The groups, each name as written, in the file's order. */
  public static List<List<String>> groups() {
    return GROUPS;
  }
}
