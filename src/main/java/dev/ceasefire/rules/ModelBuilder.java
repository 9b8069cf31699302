package dev.ceasefire.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;

/**
 * Build step: compiles {@code rules/*.drl} into Drools' executable model and writes the generated classes
 * beside the application's own, with the digest of the DRL they came from. At run time {@link PrebuiltModel}
 * uses them while the rules on disk still have that digest, which saves compiling DRL at every start.
 *
 * <p>Usage: {@code ModelBuilder RULES_DIR CLASSES_DIR}.
 */
public final class ModelBuilder {

  static final String PROPERTIES = "ceasefire-model.properties";

  private ModelBuilder() {}

  public static void main(String[] args) throws IOException {
    Path rulesDir = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    long start = System.nanoTime();
    RuleFiles files = RuleFiles.fromDirectory(rulesDir);
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId releaseId = ks.newReleaseId("dev.ceasefire", "rules-model", "1");
    kfs.generateAndWritePomXML(releaseId);
    files.matching(".drl").forEach((name, bytes) -> kfs.write(ks.getResources().newByteArrayResource(bytes)
        .setSourcePath("src/main/resources/" + name).setResourceType(ResourceType.DRL)));
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    List<String> errors = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      errors.add(m.getPath() + ":" + m.getLine() + ": " + m.getText());
    }
    if (!errors.isEmpty()) {
      throw new RulesException(errors);
    }
    byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
    String models = null;
    int written = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        if (name.endsWith("/drools-model")) {
          models = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        } else if (name.endsWith(".class") && name.startsWith("ceasefire/")) {
          Path target = classes.resolve(name);
          Files.createDirectories(target.getParent());
          Files.write(target, zip.readAllBytes());
          written++;
        }
      }
    }
    if (models == null) {
      throw new IllegalStateException("the executable model lists no model classes");
    }
    Properties p = new Properties();
    p.setProperty("drlDigest", PrebuiltModel.drlDigest(files));
    p.setProperty("models", String.join(",", models.lines().filter(l -> !l.isBlank() && !l.contains(":")).toList()));
    try (var out = Files.newOutputStream(classes.resolve(PROPERTIES))) {
      p.store(out, "executable model of rules/*.drl, written by ModelBuilder");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf("ceasefire: executable model of %d DRL files, %d classes, in %d ms%n",
        files.matching(".drl").size(), written, (System.nanoTime() - start) / 1_000_000);
  }
}
