import { Help, type HelpConfiguration } from "commander";

/** Commander's headings and placeholders, in Dutch. */
const TITLES: Record<string, string> = {
  "Usage:": "Gebruik:",
  "Arguments:": "Argumenten:",
  "Options:": "Opties:",
  "Global Options:": "Algemene opties:",
  "Commands:": "Opdrachten:",
};

const PLACEHOLDERS: [RegExp, string][] = [
  [/\[options\]/g, "[opties]"],
  [/\[command\]/g, "[opdracht]"],
];

const base = new Help();

function translate(text: string): string {
  return PLACEHOLDERS.reduce((t, [pattern, nl]) => t.replace(pattern, nl), text);
}

/** Help as commander formats it, with Dutch headings: for `configureHelp` on every command. */
export const DUTCH_HELP: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  commandUsage: (command) => translate(base.commandUsage(command)),
  subcommandTerm: (command) => translate(base.subcommandTerm(command)),
};

/** Shown below the program's own help. */
export const EXAMPLES = [
  "",
  "Voorbeelden:",
  "  npm run -s cli -- valideer actielijst.xlsx --peildatum 24-02-2021",
  "  npm run -s cli -- normaliseer actielijst.xlsx --register accounthouders.xlsx --out kopie.xlsx",
  "  npm run -s cli -- mijlpalen adressen.xlsx --json",
  "  npm run -s cli -- mijlpalen groningen.xlsx loppersum.xlsx ten-boer.xlsx --peildatum 31-12-2020",
  "  npm run -s cli -- verschil actielijst-13-01.xlsx actielijst-24-02.xlsx --peildatum 24-02-2021",
  "  npm run -s cli -- actiepunten verslag-13-01.docx --actielijst actielijst.xlsx --out kopie.xlsx",
  "  npm run -s cli -- help valideer",
].join("\n");
