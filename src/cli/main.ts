import { Command, CommanderError } from "commander";
import { mijlpalenCommand } from "./commands/mijlpalen";
import { normaliseerCommand } from "./commands/normaliseer";
import { valideerCommand } from "./commands/valideer";
import { verschilCommand } from "./commands/verschil";
import { NEDERLANDSE_HULP, VOORBEELDEN } from "./hulp";
import { commanderBericht, systeemBericht } from "./fouten";
import { CliFout, EXIT, procesIo, type CliIo } from "./io";
import { onverwachtTekst } from "../app/host-berichten";

/**
 * The program and its commands. Every command shares the program's settings: help in Dutch and on
 * `io`, commander's own error text swallowed (runCli words it), no process.exit.
 */
function programma(io: CliIo, klaar: (code: number) => void): Command {
  const program = new Command("regie")
    .description(
      "Regie: controleer de actielijst, vergelijk twee versies ervan, normaliseer accounthouders en maak het mijlpalen-dashboard"
    )
    .helpOption("-h, --help", "toon deze hulp")
    .helpCommand("help [opdracht]", "toon hulp bij een opdracht")
    .configureHelp(NEDERLANDSE_HULP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .addHelpText("after", VOORBEELDEN);
  for (const command of [
    valideerCommand(io, klaar),
    normaliseerCommand(io, klaar),
    mijlpalenCommand(io, klaar),
    verschilCommand(io, klaar),
  ])
    program.addCommand(command.copyInheritedSettings(program));
  return program;
}

/** Runs one CLI invocation and returns its exit code: 0 clean, 1 findings with errors, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo = procesIo()): Promise<number> {
  let code: number = EXIT.ok;
  const klaar = (c: number) => (code = c);
  try {
    await programma(io, klaar).parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const hulpGevraagd =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        (error.code === "commander.help" && error.exitCode === 0);
      if (hulpGevraagd) return EXIT.ok;
      io.err(`regie: ${commanderBericht(error, argv)}`);
      return EXIT.onbruikbaar;
    }
    if (error instanceof CliFout) {
      io.err(`regie: ${error.message}`);
      return EXIT.onbruikbaar;
    }
    const systeem = systeemBericht(error);
    if (systeem) {
      io.err(`regie: ${systeem}`);
      return EXIT.onbruikbaar;
    }
    io.err(`regie: onverwachte fout: ${onverwachtTekst(error)}`);
    return EXIT.onbruikbaar;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
