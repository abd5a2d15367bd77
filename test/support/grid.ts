import { parseArea } from "../../src/core/address";
import type { CellValue, Grid } from "../../src/core/grid";

/** A grid from rows and merged addresses ("E5:H8"): the shape both host adapters produce. */
export function grid(values: CellValue[][], merges: string[] = [], sheet = "Actielijst"): Grid {
  return { sheet, values, merges: merges.map((m) => parseArea(m)!) };
}

/** The DUO header row, with optional replacements by position. */
export function kop(vervang: Record<number, string> = {}): string[] {
  const kop = [
    "Randvoorwaarde realisatie doelen",
    "Onderwerpen",
    "Openstaande acties",
    "Account-houder DUO",
    "Uitvoeringsstatus",
    "Opdracht DUO",
    "Deadline: vertraging vertraging verwacht op schema",
    "Opmerking",
  ];
  for (const [i, v] of Object.entries(vervang)) kop[Number(i)] = v;
  return kop;
}

/** An action row in the DUO column order. */
export function rij(
  actie: string,
  eigenaar: string,
  status: string,
  deadline: CellValue,
  extra: Partial<{ doel: string; onderwerp: string; opdracht: string; opmerking: string }> = {}
): CellValue[] {
  return [
    extra.doel ?? "",
    extra.onderwerp ?? "",
    actie,
    eigenaar,
    status,
    extra.opdracht ?? "",
    deadline,
    extra.opmerking ?? "",
  ];
}
