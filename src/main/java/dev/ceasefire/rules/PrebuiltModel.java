package dev.ceasefire.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The executable model {@link ModelBuilder} wrote at build time. It stands in for compiling the DRL only while
 * the DRL on disk is byte for byte what it was built from; an edited rule file is compiled afresh.
 */
final class PrebuiltModel {

  private PrebuiltModel() {}

  /** A KieBase from the prebuilt model, if there is one and it was built from exactly these DRL files. */
  static Optional<KieBase> kieBase(RuleFiles files) {
    return models(files).map(KieBaseBuilder::createKieBaseFromModel);
  }

  /** The prebuilt model's packages (one per rule file's package), if built from exactly these DRL files. */
  static Optional<List<Model>> models(RuleFiles files) {
    Properties p = new Properties();
    try (InputStream in = PrebuiltModel.class.getClassLoader().getResourceAsStream(ModelBuilder.PROPERTIES)) {
      if (in == null) {
        return Optional.empty();
      }
      p.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!drlDigest(files).equals(p.getProperty("drlDigest")) || Boolean.getBoolean("ceasefire.compileRules")) {
      return Optional.empty();
    }
    List<Model> models = new ArrayList<>();
    try {
      for (String name : p.getProperty("models", "").split(",")) {
        models.add((Model) Class.forName(name.strip()).getDeclaredConstructor().newInstance());
      }
    } catch (ReflectiveOperationException | LinkageError e) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(models));
  }

  /** SHA-256 over the DRL files' names and bytes; catalogue changes do not touch the compiled rules. */
  static String drlDigest(RuleFiles files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.matching(".drl").forEach((name, bytes) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        sha.update((byte) 0);
      });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
