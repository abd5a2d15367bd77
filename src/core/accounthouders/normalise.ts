import type { CellEdit } from "../findings";
import type { AccounthouderFinding } from "./berichten";
import { dubbelzinnigFinding } from "./dubbelzinnig";
import type { Resolver, Herkenning } from "./resolver";
import { deelTekst, EIGENAAR_SCHEIDING, splitsEigenaren, type EigenaarDeel } from "./split";

/** One owner cell: several action rows share it when it is merged. */
export interface EigenaarCel {
  sheet: string;
  cell: string;
  rows: number[];
  tekst: string;
  /** The text is a formula's result: the cell is never rewritten (that would erase the formula). */
  formule?: boolean;
}

export interface CellNormalisation {
  /** The text the cell should hold: owners in their one spelling, joined "A / B". */
  tekst: string;
  eigenaren: string[];
  onopgelost: string[];
  /** Parts several registry people fit, with their names: unresolved, never guessed. */
  dubbelzinnig: { tekst: string; kandidaten: string[] }[];
  via: Herkenning[];
}

export interface Normalisatie {
  edits: (CellEdit & { via: Herkenning[] })[];
  /** Parts nobody or several people fit; `kandidaten` names the several (an ambiguous form). */
  unresolved: { sheet: string; cell: string; text: string; kandidaten?: string[] }[];
  /** An ambiguous form as a finding, with its candidates: not proposed as an edit. */
  findings: AccounthouderFinding[];
  /** Cells that would be rewritten but hold a formula: left alone, and said so. */
  formules: { sheet: string; cell: string; from: string; to: string }[];
  rows: { row: number; owners: string[] }[];
}

/** How one owner part is named: the registry's name, the one redaction mark, a placeholder, or as written. */
export function eigenaarNaam(resolver: Resolver | null, deel: EigenaarDeel): string {
  if (deel.soort !== "persoon") return deelTekst(deel);
  return resolver?.losOp(deel.tekst)?.persoon.naam ?? deel.tekst;
}

/**
 * Normalises one owner cell. A cell with any part nobody recognises is left exactly as it is (and
 * the part reported), so that normalising never rewrites what it does not understand.
 */
export function normaliseCell(tekst: string, resolver: Resolver): CellNormalisation {
  const delen = splitsEigenaren(tekst);
  const eigenaren: string[] = [];
  const onopgelost: string[] = [];
  const via: Herkenning[] = [];
  const dubbelzinnig: CellNormalisation["dubbelzinnig"] = [];
  for (const deel of delen) {
    if (deel.soort !== "persoon") {
      eigenaren.push(deelTekst(deel));
      continue;
    }
    const duiding = resolver.duid(deel.tekst);
    const oplossing = duiding.soort === "persoon" ? duiding : null;
    if (duiding.soort === "dubbelzinnig")
      dubbelzinnig.push({ tekst: deel.tekst, kandidaten: duiding.kandidaten.map((p) => p.naam) });
    if (!oplossing) onopgelost.push(deel.tekst);
    else if (oplossing.persoon.naam !== deel.tekst) via.push(oplossing.via);
    eigenaren.push(oplossing ? oplossing.persoon.naam : deel.tekst);
  }
  const uniek = [...new Set(eigenaren)];
  // Only a cell understood in full is rewritten: a part nobody recognises may not be a name at all
  // ("-2+3 / Anja" is no pair of owners), and re-joining it would change what the user wrote.
  const volledigBegrepen = delen.length > 0 && onopgelost.length === 0;
  return {
    tekst: volledigBegrepen ? uniek.join(EIGENAAR_SCHEIDING) : tekst,
    eigenaren: uniek,
    onopgelost,
    dubbelzinnig,
    via,
  };
}

/** Normalises every owner cell: the edits to propose, what stays unresolved, and each row's owners. */
export function normaliseer(cellen: readonly EigenaarCel[], resolver: Resolver): Normalisatie {
  const uit: Normalisatie = { edits: [], unresolved: [], findings: [], formules: [], rows: [] };
  for (const cel of cellen) {
    const n = normaliseCell(cel.tekst, resolver);
    if (n.tekst !== cel.tekst && cel.formule)
      uit.formules.push({ sheet: cel.sheet, cell: cel.cell, from: cel.tekst, to: n.tekst });
    else if (n.tekst !== cel.tekst)
      uit.edits.push({
        sheet: cel.sheet,
        cell: cel.cell,
        from: cel.tekst,
        to: n.tekst,
        via: n.via,
      });
    for (const text of n.onopgelost) {
      const kandidaten = n.dubbelzinnig.find((d) => d.tekst === text)?.kandidaten;
      uit.unresolved.push({
        sheet: cel.sheet,
        cell: cel.cell,
        text,
        ...(kandidaten && { kandidaten }),
      });
    }
    for (const d of n.dubbelzinnig)
      uit.findings.push(dubbelzinnigFinding({ ...cel, row: cel.rows[0] }, d.tekst, d.kandidaten));
    for (const row of cel.rows) uit.rows.push({ row, owners: n.eigenaren });
  }
  uit.rows.sort((a, b) => a.row - b.row);
  return uit;
}

/** The preview's lines: each distinct change once, with the cells it touches. */
export function groepeerWijzigingen(
  edits: readonly (CellEdit & { via: Herkenning[] })[]
): { van: string; naar: string; cellen: string[]; via: Herkenning[] }[] {
  const groepen = new Map<
    string,
    { van: string; naar: string; cellen: string[]; via: Herkenning[] }
  >();
  for (const e of edits) {
    const van = String(e.from);
    const key = `${van}\u0001${e.to}`;
    const groep = groepen.get(key) ?? { van, naar: e.to, cellen: [], via: [...new Set(e.via)] };
    groep.cellen.push(e.cell);
    groepen.set(key, groep);
  }
  return [...groepen.values()].sort(
    (a, b) => b.cellen.length - a.cellen.length || a.van.localeCompare(b.van)
  );
}
