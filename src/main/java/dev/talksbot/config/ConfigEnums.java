package dev.talksbot.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Case-insensitive parsing of the config's enumerated values, with a message listing them. */
final class ConfigEnums {
  private ConfigEnums() {}

  static String configName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String key, String value, E fallback) {
    if (value == null || value.isBlank()) return fallback;
    String wanted = value.strip();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(wanted)) return e;
    }
    throw new ConfigException(
        key
            + " must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(ConfigEnums::configName)
                .collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }
}
