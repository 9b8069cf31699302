package dev.ceasefire.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.ceasefire.model.ConditionResult;
import dev.ceasefire.model.Source;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the texts that come back unchanged in every evaluation (the catalogue's paraphrases, facts, actors and
 * sources, condition ids, rule names) from a cache of their encoded, escaped and quoted form: they are half the
 * text of an evaluation, and escaping them again on every answer was the largest cost of rendering one. Texts
 * built for one answer (reasons) are written as usual. The model stays free of Jackson: the fields are chosen
 * here, by mix-ins.
 */
final class CatalogueText extends StdSerializer<String> {

  private static final long serialVersionUID = 1L;

  /**
   * More distinct texts than the rule files could hold: past it the cache starts again, so that rule reloads
   * cannot make it grow without end.
   */
  private static final int LIMIT = 20_000;

  private static final Map<String, SerializableString> ENCODED = new ConcurrentHashMap<>();

  CatalogueText() {
    super(String.class);
  }

  /** The mix-ins that name the catalogue's fields. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("catalogue-text");
    module.setMixInAnnotation(ConditionResult.class, ConditionResultFields.class);
    module.setMixInAnnotation(Source.class, SourceFields.class);
    return module;
  }

  @Override
  public void serialize(String value, JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeString(encoded(value));
  }

  private static SerializableString encoded(String text) {
    SerializableString encoded = ENCODED.get(text);
    if (encoded == null) {
      if (ENCODED.size() >= LIMIT) {
        ENCODED.clear();
      }
      encoded = new SerializedString(text);
      ENCODED.put(text, encoded);
    }
    return encoded;
  }

  /** The fields of a condition's verdict that the catalogue and the rules give, the same in every answer. */
  abstract static class ConditionResultFields {

    @JsonSerialize(using = CatalogueText.class)
    abstract String id();

    @JsonSerialize(using = CatalogueText.class)
    abstract String paraphrase();

    @JsonSerialize(contentUsing = CatalogueText.class)
    abstract List<String> facts();

    @JsonSerialize(contentUsing = CatalogueText.class)
    abstract List<String> obligatedActors();

    @JsonSerialize(contentUsing = CatalogueText.class)
    abstract List<String> rulesFired();
  }

  /** Every field of a source: it comes from the catalogue. */
  abstract static class SourceFields {

    @JsonSerialize(using = CatalogueText.class)
    abstract String speaker();

    @JsonSerialize(using = CatalogueText.class)
    abstract String date();

    @JsonSerialize(using = CatalogueText.class)
    abstract String place();

    @JsonSerialize(using = CatalogueText.class)
    abstract String quote();

    @JsonSerialize(using = CatalogueText.class)
    abstract String reference();
  }
}
