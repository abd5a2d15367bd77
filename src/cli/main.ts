import { Command, CommanderError } from "commander";
import { actiepuntenCommand } from "./commands/actiepunten";
import { mijlpalenCommand } from "./commands/mijlpalen";
import { normaliseerCommand } from "./commands/normaliseer";
import { valideerCommand } from "./commands/valideer";
import { verschilCommand } from "./commands/verschil";
import { DUTCH_HELP, EXAMPLES } from "./help";
import { commanderMessage, systemMessage } from "./errors";
import { CliError, EXIT, processIo, type CliIo } from "./io";
import { hostFoutTekst, onverwachtTekst } from "../app/host-berichten";
import { HostError } from "../app/ports";

/**
 * The program and its commands. Every command shares the program's settings: help in Dutch and on
 * `io`, commander's own error text swallowed (runCli words it), no process.exit.
 */
function buildProgram(io: CliIo, done: (code: number) => void): Command {
  const program = new Command("regie")
    .description(
      "Regie: controleer de actielijst, vergelijk twee versies ervan, neem actiepunten over uit een verslag, normaliseer accounthouders en maak het mijlpalen-dashboard"
    )
    .helpOption("-h, --help", "toon deze hulp")
    .helpCommand("help [opdracht]", "toon hulp bij een opdracht")
    .configureHelp(DUTCH_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .addHelpText("after", EXAMPLES);
  for (const command of [
    valideerCommand(io, done),
    normaliseerCommand(io, done),
    mijlpalenCommand(io, done),
    verschilCommand(io, done),
    actiepuntenCommand(io, done),
  ])
    program.addCommand(command.copyInheritedSettings(program));
  return program;
}

/** Runs one CLI invocation and returns its exit code: 0 clean, 1 findings with errors, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const done = (c: number) => (code = c);
  try {
    await buildProgram(io, done).parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpAsked =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        (error.code === "commander.help" && error.exitCode === 0);
      if (helpAsked) return EXIT.ok;
      io.err(`regie: ${commanderMessage(error, argv)}`);
      return EXIT.unusable;
    }
    if (error instanceof CliError) {
      io.err(`regie: ${error.message}`);
      return EXIT.unusable;
    }
    // A file read outside a use-case (the outline valideer --out takes before writing) throws the
    // reader's own refusal: already one Dutch line, never an "onverwachte fout".
    if (error instanceof HostError) {
      io.err(`regie: ${hostFoutTekst(error)}`);
      return EXIT.unusable;
    }
    const systemText = systemMessage(error);
    if (systemText) {
      io.err(`regie: ${systemText}`);
      return EXIT.unusable;
    }
    io.err(`regie: onverwachte fout: ${onverwachtTekst(error)}`);
    return EXIT.unusable;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
