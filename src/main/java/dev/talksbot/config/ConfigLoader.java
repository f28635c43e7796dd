package dev.talksbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code config/talksbot.yaml} with Jackson, strictly: an unknown key or a value of the wrong
 * type is a {@link ConfigException} that names the key and the file. Relative paths in the file are
 * resolved against the project home (the folder holding {@code config/}); paths given in the
 * environment are resolved against the working directory, as a shell user expects.
 */
public final class ConfigLoader {
  public static final String ENV_CONFIG = "TALKSBOT_CONFIG";
  public static final String ENV_DATA_DIR = "TALKSBOT_DATA_DIR";
  public static final String ENV_CORPUS_DIR = "TALKSBOT_CORPUS_DIR";
  public static final String ENV_TELEGRAM_API_URL = "TALKSBOT_TELEGRAM_API_URL";
  public static final String ENV_ANSWERER = "TALKSBOT_ANSWERER";
  public static final String ENV_LLM_BASE_URL = "TALKSBOT_LLM_BASE_URL";
  public static final String ENV_LLM_MODEL = "TALKSBOT_LLM_MODEL";
  public static final String ENV_OPS_PORT = "TALKSBOT_OPS_PORT";
  public static final String ENV_STORAGE_URL = "TALKSBOT_STORAGE_URL";
  public static final String ENV_OPENSEARCH_HOSTS = "TALKSBOT_OPENSEARCH_HOSTS";

  private final Map<String, String> env;
  private final Path home;

  public ConfigLoader(Map<String, String> env, Path home) {
    this.env = Map.copyOf(env);
    this.home = home.toAbsolutePath().normalize();
  }

  /** The loader for this process: real environment, home from {@code -Dtalksbot.home}. */
  public static ConfigLoader forProcess() {
    String home = System.getProperty("talksbot.home");
    return new ConfigLoader(System.getenv(), Path.of(home == null ? "." : home));
  }

  public Path home() {
    return home;
  }

  /** Loads the file named by {@code TALKSBOT_CONFIG}, else {@code <home>/config/talksbot.yaml}. */
  public TalksbotConfig load() {
    String explicit = env.get(ENV_CONFIG);
    Path file =
        explicit != null && !explicit.isBlank()
            ? Path.of(explicit).toAbsolutePath()
            : home.resolve("config").resolve("talksbot.yaml");
    if (explicit != null && !explicit.isBlank() && !Files.isRegularFile(file)) {
      throw new ConfigException(ENV_CONFIG + " names " + file + ", which is not a readable file");
    }
    return load(file);
  }

  /** Loads one file (a missing file means all defaults) and applies the environment. */
  public TalksbotConfig load(Path file) {
    TalksbotConfig cfg = Files.isRegularFile(file) ? parse(file) : TalksbotConfig.defaults();
    Path base =
        file.toAbsolutePath().getParent() != null
                && file.toAbsolutePath().getParent().getFileName() != null
                && file.toAbsolutePath().getParent().getFileName().toString().equals("config")
            ? file.toAbsolutePath().getParent().getParent()
            : home;
    cfg =
        cfg.withDataDir(base.resolve(cfg.dataDir()).normalize())
            .withCorpusDir(base.resolve(cfg.corpusDir()).normalize());
    String dataDir = env.get(ENV_DATA_DIR);
    if (dataDir != null && !dataDir.isBlank()) {
      cfg = cfg.withDataDir(Path.of(dataDir).toAbsolutePath().normalize());
    }
    String corpusDir = env.get(ENV_CORPUS_DIR);
    if (corpusDir != null && !corpusDir.isBlank()) {
      cfg = cfg.withCorpusDir(Path.of(corpusDir).toAbsolutePath().normalize());
    }
    var tg = cfg.telegram();
    tg =
        tg.withPaths(
            tg.tokenFile() == null ? null : base.resolve(tg.tokenFile()).normalize(),
            tg.webhook()
                .withSecretFile(
                    tg.webhook().secretFile() == null
                        ? null
                        : base.resolve(tg.webhook().secretFile()).normalize()));
    String apiUrl = env.get(ENV_TELEGRAM_API_URL);
    if (apiUrl != null && !apiUrl.isBlank()) {
      try {
        tg = tg.withApiUrl(apiUrl);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(ENV_TELEGRAM_API_URL + ": " + e.getMessage());
      }
    }
    return applyOpenSearchEnv(applyStorageEnv(applyOpsEnv(applyLlmEnv(cfg.withTelegram(tg)))));
  }

  /** {@code TALKSBOT_OPENSEARCH_HOSTS}: comma-separated hosts; selects the opensearch backend. */
  private TalksbotConfig applyOpenSearchEnv(TalksbotConfig cfg) {
    String hosts = env.get(ENV_OPENSEARCH_HOSTS);
    if (hosts == null || hosts.isBlank()) return cfg;
    try {
      return cfg.withRetrieval(cfg.retrieval().withOpenSearchHosts(hosts));
    } catch (ConfigException e) {
      throw new ConfigException(
          "environment variable " + ENV_OPENSEARCH_HOSTS + ": " + e.getMessage());
    }
  }

  /**
   * {@code TALKSBOT_STORAGE_URL}: a PostgreSQL JDBC URL; selects {@code storage.kind: postgres}.
   */
  private TalksbotConfig applyStorageEnv(TalksbotConfig cfg) {
    String url = env.get(ENV_STORAGE_URL);
    if (url == null || url.isBlank()) return cfg;
    try {
      return cfg.withStorage(cfg.storage().withPostgresUrl(url.strip()));
    } catch (ConfigException e) {
      throw new ConfigException("environment variable " + ENV_STORAGE_URL + ": " + e.getMessage());
    }
  }

  /** {@code TALKSBOT_OPS_PORT}: the port of the health and metrics endpoint (0 = off). */
  private TalksbotConfig applyOpsEnv(TalksbotConfig cfg) {
    String port = env.get(ENV_OPS_PORT);
    if (port == null || port.isBlank()) return cfg;
    try {
      return cfg.withOps(cfg.ops().withPort(Integer.parseInt(port.strip())));
    } catch (IllegalArgumentException e) { // also NumberFormatException
      throw new ConfigException(
          "environment variable "
              + ENV_OPS_PORT
              + " must be a port number 0..65535 (0 = off), got '"
              + port
              + "'");
    }
  }

  /** {@code TALKSBOT_ANSWERER}, {@code TALKSBOT_LLM_BASE_URL}, {@code TALKSBOT_LLM_MODEL}. */
  private TalksbotConfig applyLlmEnv(TalksbotConfig cfg) {
    String answerer = env.get(ENV_ANSWERER);
    String baseUrl = env.get(ENV_LLM_BASE_URL);
    String model = env.get(ENV_LLM_MODEL);
    String current = ENV_ANSWERER;
    try {
      if (answerer != null && !answerer.isBlank()) cfg = cfg.withAnswerer(answerer.strip());
      current = ENV_LLM_BASE_URL;
      if (baseUrl != null && !baseUrl.isBlank())
        cfg = cfg.withLlm(cfg.llm().withBaseUrl(baseUrl.strip()));
      current = ENV_LLM_MODEL;
      if (model != null && !model.isBlank()) cfg = cfg.withLlm(cfg.llm().withModel(model.strip()));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("environment variable " + current + ": " + e.getMessage());
    }
    return cfg;
  }

  static TalksbotConfig parse(Path file) {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
    try {
      String text = Files.readString(file);
      if (text.isBlank()) return TalksbotConfig.defaults();
      return mapper.readValue(text, TalksbotConfig.class);
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", "));
      throw new ConfigException(
          file
              + ": unknown key '"
              + path(e)
              + "'"
              + line(e)
              + (known.isEmpty() ? "" : " (known keys here: " + known + ")"));
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new ConfigException(
          file + ": invalid value" + at(e) + line(e) + ": " + cause.getMessage());
    } catch (InvalidFormatException e) {
      throw wrongType(file, e, "got '" + e.getValue() + "'");
    } catch (MismatchedInputException e) {
      throw wrongType(file, e, firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(
          file + ": not valid YAML" + line(e) + ": " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** "FILE: key 'a.b' (line N) expects an integer, got 'x'". */
  private static ConfigException wrongType(Path file, MismatchedInputException e, String detail) {
    return new ConfigException(
        file
            + ": key '"
            + path(e)
            + "'"
            + line(e)
            + " expects "
            + typeName(e.getTargetType())
            + (detail.startsWith("got ") ? ", " + detail : " (" + detail + ")"));
  }

  private static String at(JsonMappingException e) {
    String p = path(e);
    return p.isEmpty() ? "" : " for key '" + p + "'";
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String line(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static String typeName(Class<?> t) {
    if (t == null) return "another type";
    if (t == Integer.class || t == int.class || t == Long.class) return "an integer";
    if (t == Double.class || t == double.class) return "a number";
    if (t == Boolean.class || t == boolean.class) return "true or false";
    if (t == String.class || t == Path.class) return "a string";
    if (t.isRecord() || Map.class.isAssignableFrom(t)) return "a section (key: value lines)";
    if (java.util.List.class.isAssignableFrom(t)) return "a list";
    return "a " + t.getSimpleName();
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
