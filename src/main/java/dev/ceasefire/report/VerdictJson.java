package dev.ceasefire.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import dev.ceasefire.model.ConditionResult;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a condition's verdict from a cache of its JSON when an equal verdict was written before at the same
 * depth. Most verdicts come back unchanged from one answer to the next (the same scenario, or one fact changed
 * in a workshop), and writing each of them anew (some 2 KB of indented text, half of it catalogue quotes) was
 * most of the cost of rendering an evaluation. The JSON is read back from JsonReport's own output buffer as it is
 * written, so only answers written as bytes (the REST API's) use the cache; text (the CLI's) is written as
 * before, by Jackson's text writer, which differs from its byte writer on characters outside the Basic
 * Multilingual Plane.
 *
 * <p>Two equal verdicts give the same JSON: every field is text, an enum, a boolean, a list (in order) or a
 * record of those, except {@code partyStatus}, a map; a verdict is cached only when that map is absent or an
 * {@link EnumMap}, whose order follows its keys.
 */
final class VerdictJson extends JsonSerializer<ConditionResult>
    implements ResolvableSerializer, ContextualSerializer {

  /** Some 30 evaluations' worth (about 5 MB with the verdicts kept as keys); past it the cache starts again. */
  private static final int LIMIT = 2_048;

  /** A verdict and the depth it is written at; its hash is worked out once (a verdict has many parts). */
  private record Key(ConditionResult verdict, int nesting, int hash) {

    Key(ConditionResult verdict, int nesting) {
      this(verdict, nesting, 31 * verdict.hashCode() + nesting);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.hash == hash && key.nesting == nesting && key.verdict.equals(verdict);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final Map<Key, byte[]> WRITTEN = new ConcurrentHashMap<>();

  private final JsonSerializer<Object> bean;

  private VerdictJson(JsonSerializer<Object> bean) {
    this.bean = bean;
  }

  /** Puts this serializer in front of Jackson's own for {@link ConditionResult}. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("verdict-json");
    module.setSerializerModifier(new BeanSerializerModifier() {
      @Override
      @SuppressWarnings("unchecked")
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
          JsonSerializer<?> serializer) {
        return description.getBeanClass() == ConditionResult.class
            ? new VerdictJson((JsonSerializer<Object>) serializer) : serializer;
      }
    });
    return module;
  }

  /** Jackson's own serializer finishes setting itself up here (how it writes nulls, for one): passed on. */
  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (bean instanceof ResolvableSerializer resolvable) {
      resolvable.resolve(provider);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
      throws JsonMappingException {
    if (bean instanceof ContextualSerializer contextual) {
      JsonSerializer<?> serializer = contextual.createContextual(provider, property);
      return serializer == bean ? this : new VerdictJson((JsonSerializer<Object>) serializer);
    }
    return this;
  }

  @Override
  public Class<ConditionResult> handledType() {
    return ConditionResult.class;
  }

  @Override
  public void serialize(ConditionResult verdict, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    if (!(generator.getPrettyPrinter() instanceof Printer printer)
        || !(generator.getOutputTarget() instanceof OutputBuffers.Buffer buffer)
        || !(verdict.partyStatus() == null || verdict.partyStatus() instanceof EnumMap)) {
      bean.serialize(verdict, generator, provider);
      return;
    }
    Key key = new Key(verdict, printer.nesting());
    byte[] json = WRITTEN.get(key);
    if (json != null) {
      generator.writeRawValue(""); // the separator from what came before, and the generator counts the value
      generator.flush();
      buffer.write(json, 0, json.length);
      return;
    }
    generator.flush();
    int start = buffer.size();
    bean.serialize(verdict, generator, provider);
    generator.flush();
    // What was written starts with the separator from what came before ("," and a line end, or " : "): that is
    // the generator's to write again, not part of the verdict.
    json = buffer.bytesSince(start, (byte) '{');
    if (WRITTEN.size() >= LIMIT) {
      WRITTEN.clear();
    }
    WRITTEN.put(key, json);
  }
}
