package dev.ceasefire.cli;

import static dev.ceasefire.cli.CliTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ceasefire serve}'s command line: help, and exit code 2 on bad options, all before Spring starts. */
class ServeCommandTests {

  @Test
  void helpListsEveryOption() {
    CliTests.Run r = run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--port", "--host", "--rules", "--scenarios", "--watch", "127.0.0.1");
  }

  @Test
  void theTopLevelHelpNamesServe() {
    assertThat(run("--help").out()).contains("serve");
  }

  @Test
  void rejectsAPortThatIsNotANumberWithExitTwo() {
    CliTests.Run r = run("serve", "--port", "eighty");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port", "eighty");
  }

  @Test
  void rejectsAPortOutOfRangeWithExitTwo() {
    CliTests.Run r = run("serve", "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("70000 is not a port");
  }

  @Test
  void rejectsAMissingScenariosFolderWithExitTwo() {
    CliTests.Run r = run("serve", "--scenarios", "no/such/folder");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/folder: no such scenarios folder").doesNotContain("Exception");
  }

  @Test
  void rejectsAHostThatIsNotAnAddressWithExitTwo() {
    CliTests.Run r = run("serve", "--host", "999.1.1.1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--host: '999.1.1.1'");
  }

  @Test
  void rejectsAnUnknownOptionWithExitTwo() {
    assertThat(run("serve", "--colour").code()).isEqualTo(2);
  }
}
