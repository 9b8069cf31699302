package dev.ceasefire.web;

import dev.ceasefire.rules.RuleSet;
import dev.ceasefire.rules.RuleSets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The REST service of {@code ceasefire serve}: a thin face over the same reading, rules and rendering as the
 * CLI. This is the only place Spring starts; the CLI reaches it through {@link #serve} alone.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerProperties.class)
public class CeasefireServer {

  /**
   * Loads the rules (bad rules fail here, before Spring, with the CLI's message and exit code 2), starts the
   * server and blocks until it is stopped.
   */
  public static int serve(String host, int port, Path rules, Path scenarios, boolean watch,
      List<String> allowedHosts) throws InterruptedException {
    RuleSet initial = RuleSets.load(rules);
    if (watch && "bundled".equals(initial.origin())) {
      initial.dispose();
      throw new IllegalArgumentException("--watch needs a rules folder: pass --rules DIR or run where ./rules is");
    }
    List<String> args = new ArrayList<>(List.of("--server.address=" + host, "--server.port=" + port,
        "--ceasefire.watch=" + watch));
    if (rules != null) {
      args.add("--ceasefire.rules=" + rules);
    }
    if (scenarios != null) {
      args.add("--ceasefire.scenarios=" + scenarios);
    }
    if (!allowedHosts.isEmpty()) {
      args.add("--ceasefire.allowed-hosts=" + String.join(",", allowedHosts));
    }
    SpringApplication app = new SpringApplication(CeasefireServer.class);
    app.setMainApplicationClass(CeasefireServer.class);
    app.addInitializers(context -> context.getBeanFactory().registerSingleton("initialRules", initial));
    CountDownLatch closed = new CountDownLatch(1);
    app.addListeners((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
    try {
      app.run(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof PortInUseException in) {
          throw new IllegalArgumentException("port " + in.getPort() + " is already in use (choose another with --port)");
        }
        if (t instanceof java.net.BindException bind) {
          throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + bind.getMessage());
        }
      }
      throw e;
    }
    closed.await();
    return 0;
  }

  /** The rules the server starts with: those {@link #serve} loaded, else (in tests) loaded now. */
  @Bean(destroyMethod = "close")
  RulesHolder rulesHolder(ServerProperties properties, ObjectProvider<RuleSet> preloaded) {
    RuleSet initial = preloaded.getIfAvailable(() -> RuleSets.load(properties.rules()));
    Path folder = "bundled".equals(initial.origin()) ? null : Path.of(initial.origin());
    return new RulesHolder(initial, folder, properties.watch());
  }

  /**
   * Tomcat's own errors answered as problem details (see {@link ProblemErrorValve}), not its HTML page. TRACE is
   * let through to {@link GuardFilter}, which refuses it: Tomcat's own refusal is an empty 405 that no valve or
   * filter sees, so it would carry neither a problem detail nor the browser's protections.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorValve() {
    return factory -> {
      factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          host.setErrorReportValveClass(ProblemErrorValve.class.getName());
        }
      });
      factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    };
  }

  @Bean
  ScenarioLibrary scenarioLibrary(ServerProperties properties) {
    return ScenarioLibrary.open(properties.scenariosFolder());
  }
}
