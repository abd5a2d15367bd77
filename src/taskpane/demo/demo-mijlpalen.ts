import type { CellValue } from "../../core/grid";
import { FASEN } from "../../core/mijlpalen";

const STRATEN = ["Dorpsstraat", "Hoofdweg", "Kerkstraat", "Molenweg", "Schoolstraat"];
const GEMEENTEN = ["Groningen", "Loppersum"];
/** Sheet names as people write them: Regie reads the quarter from each. */
const KWARTALEN = ["Q2 2020", "Q3-2020", "2020 Q4"];
const ADRESSEN = 60;

/**
 * A small per-address data set for the demo: one snapshot sheet per quarter, addresses moving on
 * through the phases, one address listed twice and one going back a phase (so the dashboard has
 * something to report). Deterministic: the demo starts the same every time.
 */
export function demoMijlpaalBladen(): { name: string; values: CellValue[][] }[] {
  return KWARTALEN.map((name, q) => {
    const rijen: CellValue[][] = [["Adres-ID", "Straat", "Huisnummer", "Gemeente", "Fase"]];
    for (let i = 0; i < ADRESSEN; i++)
      rijen.push([
        adresId(i),
        STRATEN[i % STRATEN.length],
        1 + 2 * i,
        GEMEENTEN[i % 3 === 0 ? 1 : 0],
        FASEN[fase(i, q)],
      ]);
    if (q === 1) rijen.push(rijen[5].slice());
    if (q === 2) rijen[8][4] = FASEN[Math.max(0, fase(7, 1) - 1)];
    return { name, values: rijen };
  });
}

function adresId(i: number): string {
  return `00142000${String(10_000_000 + i * 7_919).padStart(8, "0")}`;
}

/** Phase of address i in quarter q: most start late, a few move fast, none goes back (but one). */
function fase(i: number, q: number): number {
  const start = i % 10 < 5 ? 0 : Math.min(3, i % 4);
  return Math.min(FASEN.length - 1, start + (i % 3 === 0 ? q : Math.floor(q / 2)));
}
