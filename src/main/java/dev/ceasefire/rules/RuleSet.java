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
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
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
  /** The prebuilt model's packages, from which narrower rule bases are made; null when compiled from DRL. */
  private List<Model> models;
  private final ConditionLinks links;
  /**
   * Rule bases narrowed to sets of positions: what requests with {@code ?position=} ask for. At most
   * {@value #MAX_POSITION_SETS}, none dropped; a set beyond those uses the whole rule base, so that no client can
   * make the server build rule bases over and over.
   */
  private final Map<Scope, Narrowed> positionSets = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Rule bases narrowed to the closures of conditions, which only the analyses ask for (hundreds of evaluations
   * each): the last {@value #MAX_CONDITION_SCOPES} used are kept.
   */
  private final Map<Scope, Narrowed> conditionScopes = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Scope, Narrowed> eldest) {
          return size() > MAX_CONDITION_SCOPES;
        }
      });
  /** Weakly keyed: a narrowed rule base dropped from {@link #conditionScopes} takes its entry with it. */
  private final Map<KieBase, ReadTypes> readTypes = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** A rule base of some positions' packages and the shared ones, with its own session pool. */
  private record Narrowed(KieBase kieBase, KieSessionsPool pool) {}

  /** Some positions, and of their rules those of some conditions only (all when empty). */
  private record Scope(Set<String> positions, Set<String> conditions) {}

  private static final int MAX_POSITION_SETS = 32;
  private static final int MAX_CONDITION_SCOPES = 256;

  private RuleSet(KieBase kieBase, KieContainer container, Catalogue catalogue, List<Parameter> parameters,
      RuleFiles files, String build, long compileMillis) {
    this.links = ConditionLinks.read(files, catalogue);
    this.build = build;
    this.kieBase = kieBase;
    this.container = container;
    this.catalogue = catalogue;
    this.parameters = parameters;
    this.digest = files.digest();
    this.origin = files.origin();
    this.compileMillis = compileMillis;
  }

  record ParametersFile(List<Parameter> parameters) {}

  /**
   * Reads the catalogue and takes the executable model built with the jar when the DRL is unchanged since the
   * build, else compiles the DRL; then checks that rules and catalogue agree.
   */
  public static RuleSet load(RuleFiles files) {
    try {
      return loadFrom(files);
    } catch (RulesException e) {
      throw files.located(e);
    }
  }

  private static RuleSet loadFrom(RuleFiles files) {
    long start = System.nanoTime();
    Catalogue catalogue = CatalogueReader.read(catalogueFiles(files));
    List<Parameter> parameters = readParameters(files);
    var models = PrebuiltModel.models(files);
    if (models.isEmpty()) {
      return compile(files, catalogue, parameters, start);
    }
    KieBase base = KieBaseBuilder.createKieBaseFromModel(models.get());
    checkRulesAgainstCatalogue(base, catalogue);
    RuleSet rules = new RuleSet(base, null, catalogue, parameters, files, "executable-model",
        (System.nanoTime() - start) / 1_000_000);
    rules.models = models.get();
    return rules;
  }

  /** Reads the catalogue, compiles the DRL and checks that rules and catalogue agree. */
  public static RuleSet compile(RuleFiles files) {
    long start = System.nanoTime();
    try {
      return compile(files, CatalogueReader.read(catalogueFiles(files)), readParameters(files), start);
    } catch (RulesException e) {
      throw files.located(e);
    }
  }

  /** The catalogue of the rule files alone, without compiling any rule: what {@code validate} checks ids against. */
  public static Catalogue catalogue(RuleFiles files) {
    try {
      return CatalogueReader.read(catalogueFiles(files));
    } catch (RulesException e) {
      throw files.located(e);
    }
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
    List<String> errors = DrlErrors.describe(builder.getResults().getMessages(Message.Level.ERROR), drl);
    if (!errors.isEmpty()) {
      throw new RulesException(errors);
    }
    KieContainer container = ks.newKieContainer(releaseId);
    KieBase base = container.getKieBase();
    ks.getRepository().removeKieModule(releaseId);
    checkRulesAgainstCatalogue(base, catalogue);
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new RuleSet(base, container, catalogue, parameters, files, "drl", millis);
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

  /**
   * A session for evaluating only {@code positions} (empty: all). With the prebuilt model it runs on a rule base
   * of those positions' packages and the shared ones only, so the facts are not propagated through, nor the
   * node memories reset for, rules that cannot take part: a position's rules read only its own conditions and
   * the shared rules (NarrowedRuleBaseTests checks that the answers are the same). Compiled DRL, or more
   * distinct sets than are kept, use the whole rule base.
   */
  public KieSession newSession(Set<String> positions) {
    return newSession(positions, Set.of());
  }

  /**
   * A session for evaluating, of {@code positions}, the {@code conditions} only (a {@link #closure}; all when
   * empty): with the prebuilt model, on a rule base of those conditions' rules, the positions' "live" guards and
   * the shared rules. Falls back as {@link #newSession(Set)} does, to the whole rule base.
   */
  public KieSession newSession(Set<String> positions, Set<String> conditions) {
    boolean everyPosition = positions.isEmpty() || positions.size() == catalogue.positions().size();
    if (models == null || (everyPosition && conditions.isEmpty()) || Boolean.getBoolean("ceasefire.noPool")) {
      return newSession();
    }
    Scope scope = new Scope(positions, conditions);
    Map<Scope, Narrowed> cache = conditions.isEmpty() ? positionSets : conditionScopes;
    Narrowed n = cache.get(scope);
    if (n == null) {
      if (cache == positionSets && positionSets.size() >= MAX_POSITION_SETS) {
        return newSession();
      }
      // built outside any lock (two threads may both build one; the second is dropped): a rule base dropped from
      // the condition scopes is not shut down, as a session may still be out of its pool, and goes with its last
      // session
      Scope key = new Scope(Set.copyOf(positions), Set.copyOf(conditions));
      Narrowed built = narrow(key);
      Narrowed raced = cache.putIfAbsent(key, built);
      n = raced == null ? built : raced;
    }
    return n.pool().newKieSession();
  }

  /** The conditions asked for and every condition their verdicts depend on: parts, triggers, verdicts read. */
  public Set<String> closure(java.util.Collection<String> conditions) {
    return links.closure(conditions).conditions();
  }

  /** The closure of {@code conditions} with the positions it spans, worked out once per set. */
  ConditionLinks.Closure scope(java.util.Collection<String> conditions) {
    return links.closure(conditions);
  }

  private Narrowed narrow(Scope scope) {
    Set<String> packages = new HashSet<>();
    scope.positions().forEach(id -> packages.add(packageOf(id)));
    Set<String> positionPackages = new HashSet<>();
    Set<String> positionIds = new HashSet<>();
    catalogue.positions().forEach(p -> {
      positionPackages.add(packageOf(p.id()));
      positionIds.add(p.id());
    });
    // the positions asked for (their rules for the conditions asked for), and every package that is no
    // position's (the shared rules)
    List<Model> chosen = new ArrayList<>();
    for (Model m : models) {
      if (!positionPackages.contains(m.getPackageName())) {
        chosen.add(m);
      } else if (packages.contains(m.getPackageName())) {
        chosen.add(scope.conditions().isEmpty() ? m : new RulesOf(m, m.getRules().stream()
            .filter(r -> scope.conditions().contains(owner(r.getName())) || positionIds.contains(owner(r.getName())))
            .toList()));
      }
    }
    long found = chosen.stream().filter(m -> packages.contains(m.getPackageName())).count();
    if (found != packages.size()) {
      throw new IllegalStateException("no prebuilt package for some of " + scope.positions() + " (looked for "
          + packages + ")");
    }
    KieBase base = KieBaseBuilder.createKieBaseFromModel(chosen);
    return new Narrowed(base, base.newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
  }

  /** The condition (or position) a rule belongs to: its name up to the first colon. */
  private static String owner(String ruleName) {
    int colon = ruleName.indexOf(':');
    return colon < 0 ? ruleName : ruleName.substring(0, colon);
  }

  /** A package of the prebuilt model with some of its rules only. */
  private record RulesOf(Model model, List<org.drools.model.Rule> rules) implements Model {
    @Override
    public String getName() {
      return model.getName();
    }

    @Override
    public String getPackageName() {
      return model.getPackageName();
    }

    @Override
    public List<org.drools.model.Global> getGlobals() {
      return model.getGlobals();
    }

    @Override
    public List<org.drools.model.Rule> getRules() {
      return rules;
    }

    @Override
    public List<org.drools.model.Query> getQueries() {
      return model.getQueries();
    }

    @Override
    public List<org.drools.model.TypeMetaData> getTypeMetaDatas() {
      return model.getTypeMetaDatas();
    }

    @Override
    public List<org.drools.model.EntryPoint> getEntryPoints() {
      return model.getEntryPoints();
    }
  }

  /** The DRL package of a position's rules: {@code RU-2024-06-14} is in {@code ceasefire.ru_2024_06_14}. */
  static String packageOf(String positionId) {
    return "ceasefire." + positionId.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
  }

  /** The fact types the rules of {@code base} (this rule set's or one of its narrowed ones) can match. */
  ReadTypes readTypes(KieBase base) {
    return readTypes.computeIfAbsent(base, ReadTypes::new);
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
    positionSets.values().forEach(n -> n.pool().shutdown());
    synchronized (conditionScopes) { // a synchronized map is iterated under its own lock
      conditionScopes.values().forEach(n -> n.pool().shutdown());
    }
    if (container != null) {
      container.dispose();
    }
  }

  static String sharedFile() {
    return SHARED;
  }
}
