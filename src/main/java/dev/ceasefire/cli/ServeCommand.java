package dev.ceasefire.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ceasefire serve}: the REST API. The only command that starts Spring: dev.ceasefire.web is reached from
 * {@link #call()} alone, so the other commands load no Spring class.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Serves the evaluator over HTTP: POST /api/v1/evaluations, POST /api/v1/what-if, the"
        + " positions, the scenario files and the rules in service; OpenAPI at /v3/api-docs, Swagger UI at"
        + " /swagger-ui.html. Runs until stopped (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface.")
  String host;

  @Option(names = "--scenarios", paramLabel = "DIR",
      description = "Folder of scenario files served under /api/v1/scenarios (default: ./scenarios when it exists).")
  Path scenarios;

  @Option(names = "--watch", description = "Recompile the rules when files in the rules folder change; a failed"
      + " compile keeps the last good rules serving and is shown by GET /api/v1/rules.")
  boolean watch;

  @Option(names = "--allowed-host", paramLabel = "NAME",
      description = "A host name requests may be addressed to (the Host header), besides 127.0.0.1, localhost, [::1]"
          + " and the --host address; repeatable. Any other Host is refused (403), against DNS rebinding.")
  java.util.List<String> allowedHosts = new java.util.ArrayList<>();

  @Mixin
  CommonOptions common;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port: " + port + " is not a port (expected 0 to 65535)");
    }
    try {
      java.net.InetAddress.getByName(host);
    } catch (java.net.UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--host: '" + host + "' is not an address of this machine");
    }
    if (scenarios != null && !java.nio.file.Files.isDirectory(scenarios)) {
      throw new UserException(scenarios + ": no such scenarios folder");
    }
    return dev.ceasefire.web.CeasefireServer.serve(host, port, common.rules, scenarios, watch,
        allowedHosts);
  }
}
