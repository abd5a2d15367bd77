import { Help, type HelpConfiguration } from "commander";

/** Commander's headings and placeholders, in Dutch. */
const TITELS: Record<string, string> = {
  "Usage:": "Gebruik:",
  "Arguments:": "Argumenten:",
  "Options:": "Opties:",
  "Global Options:": "Algemene opties:",
  "Commands:": "Opdrachten:",
};

const PLAATSHOUDERS: [RegExp, string][] = [
  [/\[options\]/g, "[opties]"],
  [/\[command\]/g, "[opdracht]"],
];

const basis = new Help();

function vertaal(tekst: string): string {
  return PLAATSHOUDERS.reduce((t, [patroon, nl]) => t.replace(patroon, nl), tekst);
}

/** Help as commander formats it, with Dutch headings: for `configureHelp` on every command. */
export const NEDERLANDSE_HULP: HelpConfiguration = {
  styleTitle: (titel) => TITELS[titel] ?? titel,
  commandUsage: (command) => vertaal(basis.commandUsage(command)),
  subcommandTerm: (command) => vertaal(basis.subcommandTerm(command)),
};

/** Shown below the program's own help. */
export const VOORBEELDEN = [
  "",
  "Voorbeelden:",
  "  npm run -s cli -- valideer actielijst.xlsx --peildatum 24-02-2021",
  "  npm run -s cli -- normaliseer actielijst.xlsx --register accounthouders.xlsx --out kopie.xlsx",
  "  npm run -s cli -- mijlpalen adressen.xlsx --json",
  "  npm run -s cli -- verschil actielijst-13-01.xlsx actielijst-24-02.xlsx --peildatum 24-02-2021",
  "  npm run -s cli -- help valideer",
].join("\n");
