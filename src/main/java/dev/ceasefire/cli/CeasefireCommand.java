package dev.ceasefire.cli;

import picocli.CommandLine.Command;

/** The top-level command; the work is in its subcommands. */
@Command(
    name = "ceasefire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
        "Evaluates hypothetical scenarios against the conditions the parties to the Russia-Ukraine war have"
            + " publicly stated for a ceasefire or a settlement.",
        "It describes stated positions; it predicts nothing."},
    subcommands = {EvaluateCommand.class, TestCommand.class, ValidateCommand.class, PositionsCommand.class,
        TimelineCommand.class, ServeCommand.class, PathwaysCommand.class, CommonGroundCommand.class,
        SweepCommand.class,
        picocli.CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 expectations or checks failed, 2 bad input or bad rules."})
public final class CeasefireCommand {}
