import type { CommanderError } from "commander";

const OPDRACHTEN = "valideer, normaliseer, mijlpalen of verschil";
const ZIE_HULP = "Zie: npm run cli -- --help";

/** Commander's own errors, in Dutch; `naam` is the option or command it quotes. */
const COMMANDER_BERICHTEN: Record<string, (naam: string) => string> = {
  "commander.unknownOption": (naam) => `Onbekende optie ${naam}.`,
  "commander.unknownCommand": (naam) => `Onbekende opdracht ${naam}; kies ${OPDRACHTEN}.`,
  "commander.missingArgument": () => "Geef een .xlsx-bestand op.",
  "verschil.missingArgument": () =>
    "Geef twee .xlsx-bestanden op: de eerdere en de latere versie van de actielijst.",
  "verschil.excessArguments": () =>
    "Te veel argumenten: geef twee .xlsx-bestanden op, de eerdere en de latere versie.",
  "commander.optionMissingArgument": (naam) =>
    `De optie ${naam.split(" ")[0]} heeft een waarde nodig.`,
  "commander.excessArguments": () => "Te veel argumenten: geef één .xlsx-bestand op.",
  "commander.help": () => `Geef een opdracht: ${OPDRACHTEN}.`,
};

/** One Dutch line for commander's English error; its "Did you mean" hint comes along in Dutch. */
export function commanderBericht(error: CommanderError, argv: readonly string[]): string {
  // `help onbekend` reaches commander as help without a command.
  if (error.code === "commander.help" && argv[0] === "help" && argv[1])
    return `${COMMANDER_BERICHTEN["commander.unknownCommand"](argv[1])} ${ZIE_HULP}`;
  const naam = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const suggestie = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
  // verschil takes two files where the other commands take one.
  const eigen = argv[0] === "verschil" ? error.code.replace(/^commander\./, "verschil.") : "";
  const maak = COMMANDER_BERICHTEN[eigen] ?? COMMANDER_BERICHTEN[error.code];
  return [
    maak ? maak(naam) : "Ongeldige aanroep.",
    ...(suggestie ? [`Bedoelt u ${suggestie}?`] : []),
    ZIE_HULP,
  ].join(" ");
}

/** What the file system said, by errno code, for a reading or writing that failed. */
const SYSTEEMFOUTEN: Record<string, string> = {
  EACCES: "Geen toegang tot",
  EPERM: "Geen toegang tot",
  EROFS: "Alleen lezen, niet te schrijven:",
  EBUSY: "In gebruik (open in Excel?):",
  ENOSPC: "De schijf is vol; niet geschreven:",
  ENOENT: "Niet gevonden:",
  EISDIR: "Een map, geen bestand:",
};

/** A failed file operation as one Dutch sentence; undefined for anything else. */
export function systeemBericht(error: unknown): string | undefined {
  const e = error as { code?: unknown; path?: unknown } | null;
  const tekst = typeof e?.code === "string" ? SYSTEEMFOUTEN[e.code] : undefined;
  if (!tekst) return undefined;
  return typeof e?.path === "string" ? `${tekst} ${e.path}` : tekst.replace(/( tot|:)$/, "");
}
