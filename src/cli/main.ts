import { Command, CommanderError } from "commander";
import { mijlpalenCommand } from "./commands/mijlpalen";
import { normaliseerCommand } from "./commands/normaliseer";
import { validateCommand } from "./commands/validate";
import { CliFout, EXIT, procesIo, type CliIo } from "./io";

/** Commander's own errors, in Dutch; `naam` is the option or command it quotes. */
const COMMANDER_BERICHTEN: Record<string, (naam: string) => string> = {
  "commander.unknownOption": (naam) => `Onbekende optie ${naam}.`,
  "commander.unknownCommand": (naam) =>
    `Onbekende opdracht ${naam}; kies validate, normaliseer of mijlpalen.`,
  "commander.missingArgument": () => "Geef een .xlsx-bestand op.",
  "commander.optionMissingArgument": (naam) => `De optie ${naam} heeft een waarde nodig.`,
  "commander.excessArguments": () => "Te veel argumenten.",
};

function commanderBericht(error: CommanderError): string {
  const naam = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const maak = COMMANDER_BERICHTEN[error.code];
  return `${maak ? maak(naam) : "Ongeldige aanroep."} Zie: npm run cli -- --help`;
}

/** Runs one CLI invocation and returns its exit code: 0 clean, 1 findings with errors, 2 unusable input. */
export async function runCli(argv: readonly string[], io: CliIo = procesIo()): Promise<number> {
  let code: number = EXIT.ok;
  const klaar = (c: number) => (code = c);
  const program = new Command("regie")
    .description(
      "Regie: controleer de actielijst, normaliseer accounthouders en maak het mijlpalen-dashboard"
    )
    .helpOption("-h, --help", "toon deze hulp")
    .helpCommand("help [opdracht]", "toon hulp bij een opdracht")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: () => undefined })
    .addCommand(validateCommand(io, klaar).exitOverride())
    .addCommand(normaliseerCommand(io, klaar).exitOverride())
    .addCommand(mijlpalenCommand(io, klaar).exitOverride());
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return EXIT.ok;
      io.err(`regie: ${commanderBericht(error)}`);
      return EXIT.onbruikbaar;
    }
    if (error instanceof CliFout) {
      io.err(`regie: ${error.message}`);
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
