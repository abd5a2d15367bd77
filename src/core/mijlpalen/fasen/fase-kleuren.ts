import { FASEN, type Fase } from "./fasen";

/**
 * One colour per phase, wherever a phase is drawn: the dashboard's chart (through Office.js and in
 * the .xlsx copy), the pane and the demo. Without them Excel, LibreOffice and the demo each picked
 * their own, and "Nog niet gestart" was blue in one and grey in another.
 *
 * The colours are Okabe and Ito's palette for colour-blind readers ("Color Universal Design",
 * https://jfly.uni-koeln.de/color/), with grey for the phase where nothing has happened yet; its
 * yellow is left out (too faint on white). In phase order the neighbours in the stacked chart
 * differ in hue and lightness; test/core/mijlpalen/fasen/fase-kleuren.test.ts checks that every
 * pair stays apart for protan, deutan and tritan vision and against the pane's light and dark
 * backgrounds. Colour is never the only cue: a phase's name stands beside its colour.
 */
export const FASE_KLEUREN: Readonly<Record<Fase, string>> = {
  "Nog niet gestart": "#B3B3B3",
  Opname: "#56B4E9",
  Beoordeling: "#E69F00",
  Planvorming: "#0072B2",
  Uitvoering: "#D55E00",
  Voltooid: "#009E73",
};

/** The colours in phase order: the chart's series, Nog niet gestart first. */
export function faseKleuren(): string[] {
  return FASEN.map((f) => FASE_KLEUREN[f]);
}
