import { Command, CommanderError } from "commander";
import { mijlpalenCommand } from "./commands/mijlpalen";
import { normaliseerCommand } from "./commands/normaliseer";
import { valideerCommand } from "./commands/valideer";
import { NEDERLANDSE_HULP, VOORBEELDEN } from "./hulp";
import { CliFout, EXIT, procesIo, systeemBericht, type CliIo } from "./io";

const OPDRACHTEN = "valideer, normaliseer of mijlpalen";
const ZIE_HULP = "Zie: npm run cli -- --help";

/** Commander's own errors, in Dutch; `naam` is the option or command it quotes. */
const COMMANDER_BERICHTEN: Record<string, (naam: string) => string> = {
  "commander.unknownOption": (naam) => `Onbekende optie ${naam}.`,
  "commander.unknownCommand": (naam) => `Onbekende opdracht ${naam}; kies ${OPDRACHTEN}.`,
  "commander.missingArgument": () => "Geef een .xlsx-bestand op.",
  "commander.optionMissingArgument": (naam) =>
    `De optie ${naam.split(" ")[0]} heeft een waarde nodig.`,
  "commander.excessArguments": () => "Te veel argumenten: geef één .xlsx-bestand op.",
  "commander.help": () => `Geef een opdracht: ${OPDRACHTEN}.`,
};

/** One Dutch line for commander's English error; its "Did you mean" hint comes along in Dutch. */
function commanderBericht(error: CommanderError, argv: readonly string[]): string {
  // `help onbekend` reaches commander as help without a command.
  if (error.code === "commander.help" && argv[0] === "help" && argv[1])
    return `${COMMANDER_BERICHTEN["commander.unknownCommand"](argv[1])} ${ZIE_HULP}`;
  const naam = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const suggestie = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
  const maak = COMMANDER_BERICHTEN[error.code];
  return [
    maak ? maak(naam) : "Ongeldige aanroep.",
    ...(suggestie ? [`Bedoelt u ${suggestie}?`] : []),
    ZIE_HULP,
  ].join(" ");
}

/**
 * The program and its commands. Every command shares the program's settings: help in Dutch and on
 * `io`, commander's own error text swallowed (runCli words it), no process.exit.
 */
function programma(io: CliIo, klaar: (code: number) => void): Command {
  const program = new Command("regie")
    .description(
      "Regie: controleer de actielijst, normaliseer accounthouders en maak het mijlpalen-dashboard"
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
    io.err(`regie: onverwachte fout: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.onbruikbaar;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
