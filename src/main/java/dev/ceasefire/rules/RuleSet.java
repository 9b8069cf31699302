package dev.ceasefire.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One compiled rule base and its catalogue. Built once per process and shared by every thread; each
 * evaluation opens its own session on it.
 */
public final class RuleSet {

  private static final String SHARED = "rules/combination.drl";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final KieBase kieBase;
  private final KieContainer container;
  private final Catalogue catalogue;
  private final List<Parameter> parameters;
  private final String digest;
  private final String origin;
  private final String build;
  private final long compileMillis;
  private volatile KieSessionsPool pool;

  private RuleSet(KieBase kieBase, KieContainer container, Catalogue catalogue, List<Parameter> parameters,
      String digest, String origin, String build, long compileMillis) {
    this.build = build;
    this.kieBase = kieBase;
    this.container = container;
    this.catalogue = catalogue;
    this.parameters = parameters;
    this.digest = digest;
    this.origin = origin;
    this.compileMillis = compileMillis;
  }

  record ParametersFile(List<Parameter> parameters) {}

  /**
   * Reads the catalogue and takes the executable model built with the jar when the DRL is unchanged since the
   * build, else compiles the DRL; then checks that rules and catalogue agree.
   */
  public static RuleSet load(RuleFiles files) {
    long start = System.nanoTime();
    Catalogue catalogue = CatalogueReader.read(catalogueFiles(files));
    List<Parameter> parameters = readParameters(files);
    var prebuilt = PrebuiltModel.kieBase(files);
    if (prebuilt.isEmpty()) {
      return compile(files, catalogue, parameters, start);
    }
    checkRulesAgainstCatalogue(prebuilt.get(), catalogue);
    return new RuleSet(prebuilt.get(), null, catalogue, parameters, files.digest(), files.origin(),
        "executable-model", (System.nanoTime() - start) / 1_000_000);
  }

  /** Reads the catalogue, compiles the DRL and checks that rules and catalogue agree. */
  public static RuleSet compile(RuleFiles files) {
    long start = System.nanoTime();
    return compile(files, CatalogueReader.read(catalogueFiles(files)), readParameters(files), start);
  }

  private static RuleSet compile(RuleFiles files, Catalogue catalogue, List<Parameter> parameters, long start) {
    SortedMap<String, byte[]> drl = files.matching(".drl");
    if (drl.isEmpty()) {
      throw new RulesException(files.origin() + ": no .drl files");
    }
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("dev.ceasefire", "rules", "digest-" + files.digest().substring(7, 23));
    kfs.generateAndWritePomXML(releaseId);
    drl.forEach((name, bytes) -> kfs.write(ks.getResources().newByteArrayResource(bytes)
        .setSourcePath("src/main/resources/" + name).setResourceType(ResourceType.DRL)));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    List<String> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath() == null ? "?" : m.getPath().replaceFirst("^src/main/resources/", "");
      errors.add("%s:%d: %s".formatted(path, m.getLine(), m.getText().strip()));
    }
    if (!errors.isEmpty()) {
      throw new RulesException(errors);
    }
    KieContainer container = ks.newKieContainer(releaseId);
    KieBase base = container.getKieBase();
    ks.getRepository().removeKieModule(releaseId);
    checkRulesAgainstCatalogue(base, catalogue);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new RuleSet(base, container, catalogue, parameters, files.digest(), files.origin(), "drl", millis);
  }

  private static SortedMap<String, byte[]> catalogueFiles(RuleFiles files) {
    SortedMap<String, byte[]> yaml = files.matching(".yaml");
    yaml.remove("rules/parameters.yaml");
    return yaml;
  }

  private static List<Parameter> readParameters(RuleFiles files) {
    byte[] bytes = files.files().get("rules/parameters.yaml");
    if (bytes == null) {
      return List.of();
    }
    try {
      ParametersFile file = YAML.readValue(new String(bytes, StandardCharsets.UTF_8), ParametersFile.class);
      List<String> problems = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Parameter p : file.parameters()) {
        if (p.name() == null || p.value() == null || p.source() == null || p.source().isBlank()) {
          problems.add("rules/parameters.yaml: parameter " + p.name() + " needs a name, a value and a source");
        } else if (!names.add(p.name())) {
          problems.add("rules/parameters.yaml: parameter " + p.name() + " is defined twice");
        }
      }
      if (!problems.isEmpty()) {
        throw new RulesException(problems);
      }
      return List.copyOf(file.parameters());
    } catch (IOException e) {
      throw new RulesException("rules/parameters.yaml: " + e.getMessage());
    }
  }

  /**
   * Every rule in a position file is named after a condition of the catalogue (or is the position's own
   * "live" guard), and every condition that is not a composite has at least one rule.
   */
  private static void checkRulesAgainstCatalogue(KieBase base, Catalogue catalogue) {
    Map<String, ConditionInfo> byId = catalogue.byId();
    Set<String> positionIds = new HashSet<>();
    catalogue.positions().forEach(p -> positionIds.add(p.id()));
    Set<String> ruled = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (KiePackage pkg : base.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        String file = String.valueOf(rule.getMetaData().getOrDefault("file", ""));
        String name = rule.getName();
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? name : name.substring(0, colon);
        if (byId.containsKey(prefix)) {
          ruled.add(prefix);
        } else if (!positionIds.contains(prefix) && !pkg.getName().equals("ceasefire.shared")) {
          problems.add("rule \"" + name + "\"" + (file.isEmpty() ? "" : " in " + file)
              + ": its name must start with a condition id of the catalogue, then ': '");
        }
      }
    }
    for (ConditionInfo c : byId.values()) {
      if (!c.composite() && !ruled.contains(c.id())) {
        problems.add("condition " + c.id() + " has a catalogue entry but no rule");
      }
    }
    if (!problems.isEmpty()) {
      throw new RulesException(problems);
    }
  }

  public KieBase kieBase() {
    return kieBase;
  }

  /**
   * A session for one evaluation. Sessions come from a pool: dispose() resets one and returns it, which spares
   * rebuilding the network's node memories on every evaluation.
   */
  public KieSession newSession() {
    if (Boolean.getBoolean("ceasefire.noPool")) {
      return kieBase.newKieSession();
    }
    KieSessionsPool p = pool;
    if (p == null) {
      synchronized (this) {
        if (pool == null) {
          pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }
        p = pool;
      }
    }
    return p.newKieSession();
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  public String digest() {
    return digest;
  }

  public String origin() {
    return origin;
  }

  /** How the KieBase was made: {@code executable-model} (prebuilt at build time) or {@code drl} (compiled now). */
  public String build() {
    return build;
  }

  /** Time to read the catalogue and make the KieBase. */
  public long compileMillis() {
    return compileMillis;
  }

  /** Frees the container; the KieBase must not be used afterwards. */
  public void dispose() {
    if (pool != null) {
      pool.shutdown();
    }
    if (container != null) {
      container.dispose();
    }
  }

  static String sharedFile() {
    return SHARED;
  }
}
