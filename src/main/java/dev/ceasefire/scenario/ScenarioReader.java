package dev.ceasefire.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.ceasefire.model.Scenario;
import dev.ceasefire.scenario.Node.ListNode;
import dev.ceasefire.scenario.Node.MapNode;
import dev.ceasefire.scenario.Node.ScalarNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads scenario files (YAML or JSON) into {@link Scenario}s, strictly: anything not in the vocabulary of
 * schema.md is an error naming the file, line, column, key path, bad value and what was expected. Hostile input
 * (oversized, binary, alias bombs, deep nesting, several documents) fails fast with a one-line problem.
 * Thread-safe: it holds only the two shared, immutable parser set-ups.
 */
public final class ScenarioReader {

  /** The largest file or body accepted. */
  public static final int MAX_BYTES = 1 << 20;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(TreeBuilder.MAX_DEPTH + 10) // a backstop: TreeBuilder stops at MAX_DEPTH with a better message
      .maxStringLength(100_000)
      .maxNameLength(1_000)
      .maxNumberLength(50)
      .maxDocumentLength(MAX_BYTES)
      .build();

  private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .build();

  // Duplicate keys are found by TreeBuilder, which words them the same way for JSON and YAML and names both lines.
  private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(CONSTRAINTS)
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // "nato:" with nothing after it is null, as YAML says
      .build());

  /**
   * Aliases are refused anyway (Jackson would hand them over as the anchor's name), so these limits are a second
   * line of defence in case a later Jackson expands them.
   */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(TreeBuilder.MAX_DEPTH + 10);
    options.setCodePointLimit(MAX_BYTES);
    return options;
  }

  /** The condition ids an {@code expect:} block may name, or null: not checked (no rules at hand). */
  private final Set<String> knownConditions;

  public ScenarioReader() {
    this(null);
  }

  private ScenarioReader(Set<String> knownConditions) {
    this.knownConditions = knownConditions;
  }

  /**
   * A reader that also refuses expectations naming a condition not in {@code ids}, with a suggestion. The ids are
   * kept in sorted order ({@code Set.copyOf} would iterate them in an order that changes from run to run, and with
   * it the suggestion chosen between two equally close ids).
   */
  public ScenarioReader checkingConditions(Set<String> ids) {
    return new ScenarioReader(Collections.unmodifiableSortedSet(new TreeSet<>(ids)));
  }

  /** Reads a file: YAML for .yaml/.yml, JSON for .json, otherwise JSON if it starts with '{'. */
  public Scenario read(Path file) throws ScenarioException {
    String source = file.toString();
    byte[] content = load(file, source);
    return read(content, source, isJson(file, content, source));
  }

  /** Reads a document held in memory, e.g. a request body; {@code sourceName} names it in problems. */
  public Scenario read(byte[] content, String sourceName, boolean json) throws ScenarioException {
    Problems problems = new Problems(sourceName);
    try {
      Node root = parse(content, sourceName, json, problems);
      Scenario scenario = new Binder(problems, knownConditions).scenario(root, sourceName);
      if (problems.any()) {
        throw problems.exception();
      }
      return scenario;
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /**
   * Binds and validates a whole scenario document held as a tree, e.g. a base scenario after a what-if patch
   * (RFC 7396) was applied to its {@code facts}. Problems carry a JSON pointer instead of a line and column.
   */
  public Scenario readTree(JsonNode document, String sourceName) throws ScenarioException {
    Problems problems = new Problems(sourceName);
    try {
      Node root = new TreeBuilder(problems).fromJson(document);
      Scenario scenario = new Binder(problems, knownConditions).scenario(root, sourceName);
      if (problems.any()) {
        throw problems.exception();
      }
      return scenario;
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /**
   * The file's document as a plain tree, unbound, after the same hostile-input and syntax checks as
   * {@link #read(Path)}: the base a what-if patch is applied to before {@link #readTree}.
   */
  public JsonNode tree(Path file) throws ScenarioException {
    String source = file.toString();
    byte[] content = load(file, source);
    boolean json = isJson(file, content, source);
    Problems problems = new Problems(source);
    try {
      Node root = parse(content, source, json, problems);
      if (problems.any()) {
        throw problems.exception();
      }
      return toJson(root);
    } catch (Problems.Stop stop) {
      throw problems.exception();
    }
  }

  /** JSON for .json, YAML for .yaml and .yml; otherwise JSON when the first non-blank character is '{'. */
  private static boolean isJson(Path file, byte[] content, String source) throws ScenarioException {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return true;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return false;
    }
    return text(content, source).stripLeading().startsWith("{");
  }

  private static byte[] load(Path file, String source) throws ScenarioException {
    try {
      if (Files.isDirectory(file)) {
        throw single(source, "is a directory", "a scenario file");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw single(source, "file too large: " + size + " bytes", "at most " + MAX_BYTES + " bytes (1 MiB)");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(source, "no such file", null);
    } catch (IOException e) {
      throw single(source, "cannot read the file: " + e.getMessage(), null);
    }
  }

  private static Node parse(byte[] content, String source, boolean json, Problems problems) throws ScenarioException {
    if (content.length > MAX_BYTES) {
      throw single(source, "too large: " + content.length + " bytes", "at most " + MAX_BYTES + " bytes (1 MiB)");
    }
    String text = text(content, source);
    if (text.isBlank()) {
      throw single(source, "empty file, expected a scenario", null);
    }
    JsonParser parser;
    try {
      parser = json ? JSON.createParser(text) : YAML.createParser(text);
    } catch (IOException e) {
      throw single(source, "cannot parse: " + e.getMessage(), null);
    }
    return new TreeBuilder(problems).document(parser);
  }

  /**
   * The content as text: UTF-8 (a byte-order mark is dropped), without NUL bytes. Decoded the quick way first;
   * only text with a replacement character in it (an invalid byte, or a U+FFFD really written) is decoded again
   * strictly, to find the offset of the invalid byte.
   */
  private static String text(byte[] content, String source) throws ScenarioException {
    if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
        || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
      throw single(source, "UTF-16 text (it starts with a UTF-16 byte order mark)", "UTF-8 text: save the file"
          + " as UTF-8");
    }
    if (content.length >= 4 && ((content[0] == 0 && content[1] != 0 && content[2] == 0)
        || (content[0] != 0 && content[1] == 0 && content[2] != 0 && content[3] == 0))) {
      throw single(source, "UTF-16 text (every other byte is NUL)", "UTF-8 text: save the file as UTF-8");
    }
    for (int i = 0; i < content.length; i++) {
      if (content[i] == 0) {
        throw single(source, "binary content: NUL byte at offset " + i, "UTF-8 text");
      }
    }
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      text = strictText(content, source);
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String strictText(byte[] content, String source) throws ScenarioException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw single(source, "not UTF-8 text: invalid byte at offset " + in.position(), "UTF-8 text");
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static ScenarioException single(String source, String message, String expected) {
    String text = expected == null ? message : message + " (expected " + expected + ")";
    return new ScenarioException(new Problem(source, 0, 0, "", null, expected, text));
  }

  private static JsonNode decimal(String text) {
    try {
      return JSON.getNodeFactory().numberNode(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return JSON.getNodeFactory().textNode(text); // YAML's .inf and .nan have no JSON form
    }
  }

  private static JsonNode toJson(Node node) {
    JsonNodeFactory nodes = JSON.getNodeFactory();
    if (node instanceof MapNode map) {
      var object = nodes.objectNode();
      map.entries().values().forEach(entry -> object.set(entry.key(), toJson(entry.value())));
      return object;
    }
    if (node instanceof ListNode list) {
      var array = nodes.arrayNode();
      list.items().forEach(item -> array.add(toJson(item)));
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    return switch (scalar.kind()) {
      case STRING -> nodes.textNode((String) scalar.value());
      case INTEGER -> nodes.numberNode((BigInteger) scalar.value());
      case DECIMAL -> decimal(scalar.text());
      case BOOLEAN -> nodes.booleanNode((Boolean) scalar.value());
      case NULL -> nodes.nullNode();
    };
  }
}
