import { z } from "zod";
import { cellAddress } from "../address";
import { fromExcelSerial, isIsoDate, serialIn1900System, type IsoDate } from "../dates/iso";
import { parseDeadline } from "../dates/deadline";
import { actieBevinding, type ActielijstFinding, type RegisterCode } from "../actielijst/codes";
import { cellText, type CellValue, type Grid } from "../grid";
import { foldText } from "../text";
import { naamSleutel } from "./names";

/** The workbook's own registry sheet, edited by hand like any sheet. */
export const REGISTER_BLAD = "Accounthouders";
export const REGISTER_KOP = [
  "Naam",
  "Aliassen",
  "Organisatie",
  "Vertrokken per",
  "Opvolger",
] as const;

export interface Persoon {
  naam: string;
  aliassen: string[];
  organisatie: string;
  vertrokkenPer: IsoDate | null;
  opvolger: string | null;
  /** 1-based row in the registry sheet. */
  row: number;
}

export interface Register {
  sheet: string;
  personen: Persoon[];
  findings: ActielijstFinding<RegisterCode>[];
}

type Kolom = "naam" | "aliassen" | "organisatie" | "vertrokken" | "opvolger";

const KOPWOORDEN: Record<string, Kolom> = {
  naam: "naam",
  "naam canoniek": "naam",
  aliassen: "aliassen",
  alias: "aliassen",
  organisatie: "organisatie",
  "vertrokken per": "vertrokken",
  vertrokken: "vertrokken",
  opvolger: "opvolger",
};

const RijSchema = z.object({
  naam: z.string().trim().min(1),
  aliassen: z.string().transform((s) => [
    ...new Set(
      s
        .split(";")
        .map((a) => a.trim())
        .filter((a) => a !== "")
    ),
  ]),
  organisatie: z.string().trim(),
  opvolger: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s)),
});

/**
 * Reads a registry sheet: header row found by its words (within the first rows), one person per
 * row. Every bad row is reported with its cell; good rows are used, bad ones never guessed at.
 */
export function readRegister(grid: Grid): Register | null {
  const kop = grid.values
    .slice(0, 10)
    .findIndex((row) => kolommen(row).naam !== undefined && kolommen(row).aliassen !== undefined);
  if (kop < 0) return null;
  const map = kolommen(grid.values[kop]);
  const findings: ActielijstFinding<RegisterCode>[] = [];
  const personen: Persoon[] = [];
  for (let r = kop + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const cel = (k: Kolom): CellValue =>
      map[k] === undefined ? "" : (row[map[k] as number] ?? "");
    if (row.every((v) => cellText(v) === "")) continue;
    const parsed = RijSchema.safeParse({
      naam: cellText(cel("naam")),
      aliassen: cellText(cel("aliassen")),
      organisatie: cellText(cel("organisatie")),
      opvolger: cellText(cel("opvolger")),
    });
    if (!parsed.success) {
      findings.push(
        actieBevinding(
          "register-naam-ontbreekt",
          { sheet: grid.sheet, cell: cellAddress(r, map.naam ?? 0) },
          { row: r + 1 }
        )
      );
      continue;
    }
    const vertrokkenPer = leesDatum(cel("vertrokken"), grid.date1904);
    if (vertrokkenPer === "onleesbaar")
      findings.push(
        actieBevinding(
          "register-datum-onleesbaar",
          { sheet: grid.sheet, cell: cellAddress(r, map.vertrokken as number) },
          { row: r + 1, tekst: cellText(cel("vertrokken")) }
        )
      );
    personen.push({
      ...parsed.data,
      vertrokkenPer: vertrokkenPer === "onleesbaar" ? null : vertrokkenPer,
      row: r + 1,
    });
  }
  findings.push(...controleerRegister(grid.sheet, personen, map));
  return { sheet: grid.sheet, personen, findings };
}

function kolommen(row: readonly CellValue[]): Partial<Record<Kolom, number>> {
  const map: Partial<Record<Kolom, number>> = {};
  row.forEach((v, c) => {
    const k = KOPWOORDEN[foldText(cellText(v))];
    if (k && map[k] === undefined) map[k] = c;
  });
  return map;
}

/** A date cell (a serial of the workbook's date system), ISO text or Dutch date text; "" is no date. */
function leesDatum(v: CellValue, date1904: boolean | undefined): IsoDate | null | "onleesbaar" {
  if (typeof v === "number")
    return fromExcelSerial(serialIn1900System(v, date1904)) ?? "onleesbaar";
  const t = cellText(v);
  if (t === "") return null;
  if (isIsoDate(t.slice(0, 10))) return t.slice(0, 10);
  const d = parseDeadline(t, "2000-01-01");
  return d.kind === "date" && d.due && d.implied.length === 0 ? d.due : "onleesbaar";
}

/** Duplicate names, an alias used twice or for two people, a successor nobody knows. */
function controleerRegister(
  sheet: string,
  personen: readonly Persoon[],
  map: Partial<Record<Kolom, number>>
): ActielijstFinding<RegisterCode>[] {
  const findings: ActielijstFinding<RegisterCode>[] = [];
  const eigenaar = new Map<string, Persoon>();
  const namen = new Set(personen.map((p) => naamSleutel(p.naam)));
  for (const p of personen) {
    const sleutels = [naamSleutel(p.naam), ...p.aliassen.map(naamSleutel)];
    const eigen = new Set<string>();
    sleutels.forEach((s, i) => {
      const kolom = i === 0 ? map.naam : map.aliassen;
      const cel = cellAddress(p.row - 1, kolom ?? 0);
      const ander = eigenaar.get(s);
      if (eigen.has(s) && i > 0)
        findings.push(
          actieBevinding(
            "register-alias-dubbel",
            { sheet, cell: cel },
            { row: p.row, alias: p.aliassen[i - 1] }
          )
        );
      else if (ander && ander !== p) {
        const code =
          i === 0 && naamSleutel(ander.naam) === s
            ? "register-naam-dubbel"
            : "register-alias-twee-personen";
        findings.push(
          actieBevinding(
            code,
            { sheet, cell: cel },
            {
              row: p.row,
              alias: i === 0 ? p.naam : p.aliassen[i - 1],
              naam: p.naam,
              ander: ander.naam,
            }
          )
        );
      }
      eigen.add(s);
      if (!ander) eigenaar.set(s, p);
    });
    if (p.opvolger && !namen.has(naamSleutel(p.opvolger)))
      findings.push(
        actieBevinding(
          "register-opvolger-onbekend",
          { sheet, cell: cellAddress(p.row - 1, map.opvolger ?? 0) },
          { row: p.row, naam: p.naam, opvolger: p.opvolger }
        )
      );
  }
  return findings;
}
