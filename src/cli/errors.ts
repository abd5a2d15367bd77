import { UitvoerFout, type UitvoerWeigering } from "../host/xlsx/safe-output";
import type { CommanderError } from "commander";

const COMMANDS = "valideer, normaliseer, mijlpalen, verschil of actiepunten";
const SEE_HELP = "Zie: npm run cli -- --help";

/** Commander's own errors, in Dutch; `name` is the option or command it quotes. */
const COMMANDER_MESSAGES: Record<string, (name: string) => string> = {
  "commander.unknownOption": (name) => `Onbekende optie ${name}.`,
  "commander.unknownCommand": (name) => `Onbekende opdracht ${name}; kies ${COMMANDS}.`,
  "commander.missingArgument": () => "Geef een .xlsx-bestand op.",
  "verschil.missingArgument": () =>
    "Geef twee .xlsx-bestanden op: de eerdere en de latere versie van de actielijst.",
  "verschil.excessArguments": () =>
    "Te veel argumenten: geef twee .xlsx-bestanden op, de eerdere en de latere versie.",
  "actiepunten.missingArgument": () =>
    "Geef het verslag op (.docx of .txt) en de actielijst met --actielijst LIJST.xlsx.",
  "actiepunten.excessArguments": () =>
    "Te veel argumenten: geef één verslag op, en de actielijst met --actielijst LIJST.xlsx.",
  "commander.optionMissingArgument": (name) =>
    `De optie ${name.split(" ")[0]} heeft een waarde nodig.`,
  "commander.excessArguments": () => "Te veel argumenten: geef één .xlsx-bestand op.",
  "commander.help": () => `Geef een opdracht: ${COMMANDS}.`,
};

/** One Dutch line for commander's English error; its "Did you mean" hint comes along in Dutch. */
export function commanderMessage(error: CommanderError, argv: readonly string[]): string {
  // `help onbekend` reaches commander as help without a command.
  if (error.code === "commander.help" && argv[0] === "help" && argv[1])
    return `${COMMANDER_MESSAGES["commander.unknownCommand"](argv[1])} ${SEE_HELP}`;
  const name = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const suggestion = /\(Did you mean (.+)\?\)/.exec(error.message)?.[1];
  // verschil takes two files where the other commands take one; actiepunten a verslag and a list.
  const own =
    argv[0] === "verschil" || argv[0] === "actiepunten"
      ? error.code.replace(/^commander\./, `${argv[0]}.`)
      : "";
  const make = COMMANDER_MESSAGES[own] ?? COMMANDER_MESSAGES[error.code];
  return [
    make ? make(name) : "Ongeldige aanroep.",
    ...(suggestion ? [`Bedoelt u ${suggestion}?`] : []),
    SEE_HELP,
  ].join(" ");
}

/** What the file system said, by errno code, for a reading or writing that failed. */
const SYSTEM_ERRORS: Record<string, string> = {
  EACCES: "Geen toegang tot",
  EPERM: "Geen toegang tot",
  EROFS: "Alleen lezen, niet te schrijven:",
  EBUSY: "In gebruik (open in Excel?):",
  ENOSPC: "De schijf is vol bij",
  // A size limit of the process (ulimit -f) or the file system (4 GB on FAT32).
  EFBIG: "Te groot voor de schijf of de ingestelde bestandslimiet:",
  EDQUOT: "Uw schijfquotum is op bij",
  ENOENT: "Niet gevonden:",
  // A file that appeared at --out after Regie checked it (safe-output.ts, writeAtomically).
  EEXIST: "Intussen verschenen, niet vervangen (gebruik --overschrijf om het te vervangen):",
  EISDIR: "Een map, geen bestand:",
};

/** What Regie tells the user after any failure: the CLI writes a copy whole or not at all. */
const NOTHING_WRITTEN = "Er is niets geschreven.";

/**
 * A failed file operation as one Dutch line that names the path and says nothing was written;
 * undefined for anything else. A failed write of the copy (UitvoerFout) always gets a line.
 */
export function systemMessage(error: unknown): string | undefined {
  const e = error as { code?: unknown; path?: unknown } | null;
  const path = typeof e?.path === "string" ? e.path : undefined;
  const text = typeof e?.code === "string" ? SYSTEM_ERRORS[e.code] : undefined;
  if (!text)
    return error instanceof UitvoerFout
      ? `Schrijven naar ${error.path} mislukt (${error.code}). ${NOTHING_WRITTEN}`
      : undefined;
  return `${path ? `${text} ${path}` : text.replace(/( tot| bij|:)$/, "")}. ${NOTHING_WRITTEN}`;
}

/** Why --out is refused, one line per kind: a kind without wording does not compile. */
const UITVOER_TEKST: {
  [K in UitvoerWeigering["code"]]: (r: Extract<UitvoerWeigering, { code: K }>) => string;
} = {
  "invoer-zelf": (r) =>
    `Niet geschreven: ${r.pad} is het invoerbestand zelf${VIA[r.via]}; Regie schrijft altijd een kopie. Er is niets veranderd.`,
  "bestaat-al": (r) =>
    `Niet geschreven: ${r.pad} bestaat al; gebruik --overschrijf om het te vervangen. Er is niets veranderd.`,
  "macro-extensie": (r) =>
    r.macro
      ? `Niet geschreven: de werkmap bevat macro's (.xlsm) en Excel opent geen .xlsx met macro's; geef bij --out een naam die op .xlsm eindigt in plaats van ${r.pad}. Er is niets veranderd.`
      : `Niet geschreven: ${r.pad} eindigt op .xlsm, maar de werkmap bevat geen macro's en Excel opent zo'n bestand niet; geef bij --out een naam die op .xlsx eindigt. Er is niets veranderd.`,
  "strict-kopie": (r) =>
    `Niet geschreven naar ${r.pad}: de werkmap is opgeslagen als Strict Open XML-werkblad; Regie leest die wel, maar schrijft er geen kopie van. Sla haar in Excel op als gewone Excel-werkmap (.xlsx) en probeer het opnieuw. Er is niets veranderd.`,
};

const VIA: Record<Extract<UitvoerWeigering, { code: "invoer-zelf" }>["via"], string> = {
  pad: "",
  snelkoppeling: " (via een snelkoppeling)",
  "harde-koppeling": " (via een harde koppeling)",
};

export function uitvoerTekst(refusal: UitvoerWeigering): string {
  switch (refusal.code) {
    case "invoer-zelf":
      return UITVOER_TEKST[refusal.code](refusal);
    case "bestaat-al":
      return UITVOER_TEKST[refusal.code](refusal);
    case "macro-extensie":
      return UITVOER_TEKST[refusal.code](refusal);
    case "strict-kopie":
      return UITVOER_TEKST[refusal.code](refusal);
  }
}
