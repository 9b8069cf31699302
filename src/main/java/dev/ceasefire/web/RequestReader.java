package dev.ceasefire.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.ceasefire.scenario.ParserMessages;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a request body into a request record, strictly: unknown and duplicate keys, trailing content and any
 * coercion (a string for a number, {@code true} for 1, 1e400 or 4294967297 for an int) are refused with a 400
 * naming the key, the value (cut short) and what was expected. One mapper, configured once, for every body.
 */
final class RequestReader {

  /** Values quoted in messages are cut to this many characters. */
  static final int QUOTE = 60;

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
          DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  static {
    STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
        .maxNumberLength(100).build());
  }

  private RequestReader() {}

  static <T> T read(HttpServletRequest request, Class<T> type) throws IOException {
    byte[] body = Bodies.read(request);
    try {
      // the syntax first (its errors have a line and column), then the binding (its errors have a key path)
      T value = STRICT.treeToValue(STRICT.readTree(body), type);
      if (value == null) {
        throw ApiException.malformed("request body: expected a JSON object, got null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
          .map(Objects::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
          .collect(Collectors.joining(", "));
      String pointer = pointer(e);
      throw ApiException.invalidRequest(pointer, "request body: " + pointer + ": unknown key '"
          + cut(e.getPropertyName()) + "' (expected one of " + known + ")");
    } catch (JsonMappingException e) {
      String pointer = pointer(e);
      throw ApiException.invalidRequest(pointer, "request body: " + (pointer.isEmpty() ? "" : pointer + ": ")
          + describe(e));
    } catch (InputCoercionException e) {
      throw ApiException.malformed("request body: a number out of range (expected a whole number of at most "
          + Integer.MAX_VALUE + ")");
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where = at == null || at.getLineNr() < 1 ? "" : at.getLineNr() + ":" + at.getColumnNr() + ": ";
      throw ApiException.malformed("request body: " + where + "not valid JSON: "
          + cut(ParserMessages.plain(e.getOriginalMessage()), 200));
    }
  }

  /** The key path of a mapping error as a JSON pointer ("/vary/0/path"). */
  private static String pointer(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      out.append('/').append(r.getFieldName() != null ? cut(r.getFieldName()) : r.getIndex());
    }
    return out.toString();
  }

  /** What was wrong, in words, without Jackson's class names. */
  private static String describe(JsonMappingException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.contains("Duplicate field")) {
      return "a key given twice";
    }
    if (message.contains("out of range")) {
      return "a number out of range (expected a whole number of at most " + Integer.MAX_VALUE + ")";
    }
    if (message.contains("Trailing token")) {
      return "content after the JSON object";
    }
    Class<?> target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
        ? m.getTargetType() : null;
    String expected = target == null ? "a value of another type"
        : target == Integer.class || target == int.class ? "a whole number"
        : target == String.class ? "a string"
        : java.util.Collection.class.isAssignableFrom(target) ? "a list"
        : target.isRecord() ? "an object" : "a value of another type";
    return "expected " + expected;
  }

  static String cut(String text) {
    return cut(text, QUOTE);
  }

  /** The text whole when at most {@code max} characters, else its start and its length. */
  static String cut(String text, int max) {
    if (text == null) {
      return "null";
    }
    return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
  }
}
