import type { IsoDate } from "../dates/iso";
import { cellAddress } from "../address";
import type { Grid, MergedArea } from "../grid";
import { formuleZoeker, nietBerekendParams } from "../formules";
import { eigenaarNaam } from "../accounthouders/normalise";
import type { Register } from "../accounthouders/register";
import { Resolver } from "../accounthouders/resolver";
import { vertrokkenFindings } from "../accounthouders/vertrokken";
import type { AccounthouderFinding } from "../accounthouders/berichten";
import { dubbelzinnigeEigenaren } from "../accounthouders/dubbelzinnig";
import type { Finding } from "../findings";
import { readActie, type Actie } from "./actie";
import { controleerActie, type ActieFinding } from "./checks";
import { actieBevinding, type ActielijstFinding, type RapportFinding } from "./codes";
import { ACTIE_KOLOMMEN, type ActieColumn } from "./columns";
import { vindKopBlokken, type KopBlok } from "./header";
import { bouwActies, type RuweActie } from "./rows";
import { readTeruggezet } from "./terugzetten";
import { ColumnRecogniser } from "./shift";

export interface ActielijstRapport {
  sheet: string;
  peildatum: IsoDate;
  binnenkortDagen: number;
  /** 1-based rows of the header rows found. */
  kopRijen: number[];
  blokken: KopBlok[];
  acties: Actie[];
  /** Status and owner cells of actions that hold a formula: Regie proposes no new value for them. */
  formuleCellen: string[];
  /** Findings of the checks, plus the registry's own (departed owners) when there is one. */
  findings: RapportFinding[];
}

export interface ValidationOptions {
  peildatum: IsoDate;
  binnenkortDagen: number;
  /** The Accounthouders registry: owners are then reported by their canonical names. */
  register?: Register | null;
  /** 0-based rows hidden by the user or a filter: still checked, and said to be. */
  verborgenRijen?: readonly number[];
  /** Areas of cells that hold a formula (the host reports them). */
  formules?: readonly MergedArea[];
  /** Formula cells whose result the file does not hold (a file host reports them): read as empty. */
  nietBerekend?: readonly MergedArea[];
}

/** Columns a list can lack and still be checked; their absence is worth a word once. */
const GEMELDE_KOLOMMEN: readonly ActieColumn[] = ["accounthouder", "status", "deadline"];

/**
 * Validates an action list: finds its header blocks, reads every action row and checks it.
 * Returns null when the grid holds no action-list header at all (the caller says so in Dutch).
 * Never stops at a bad row: every row is read and every finding collected.
 */
export function valideerActielijst(
  grid: Grid,
  opties: ValidationOptions
): ActielijstRapport | null {
  const blokken = vindKopBlokken(grid.values);
  if (blokken.length === 0) return null;
  const isFormule = formuleZoeker(opties.formules);
  const resolver = opties.register ? new Resolver(opties.register) : null;
  const gelezen = bouwActies(grid, blokken);
  const kenner = new ColumnRecogniser(
    gelezen,
    opties.peildatum,
    grid.date1904,
    (tekst) => resolver?.losOp(tekst) != null
  );
  const ruwe = zetVerschovenTerug(grid, gelezen, kenner, isFormule);
  const ctx = { sheet: grid.sheet, peildatum: opties.peildatum, isFormule };
  const acties = ruwe.map((ruw) =>
    readActie(ruw, {
      ...opties,
      date1904: grid.date1904,
      eigenaarNaam: (deel) => eigenaarNaam(resolver, deel),
    })
  );
  const findings: RapportFinding[] = [
    ...kopFindings(grid.sheet, blokken),
    ...(acties.length === 0
      ? [
          actieBevinding(
            "lijst-leeg",
            { sheet: grid.sheet, cell: cellAddress(blokken[0].row, 0) },
            { row: blokken[0].row + 1 }
          ),
        ]
      : []),
    ...acties.flatMap((a) => controleerActie(a, ctx)),
    ...(opties.register ? vertrokken(grid.sheet, acties, opties.register, opties.peildatum) : []),
    ...(resolver ? dubbelzinnig(grid.sheet, acties, resolver) : []),
    ...verborgen(grid.sheet, acties, opties.verborgenRijen ?? []),
    ...nietBerekend(grid.sheet, opties.nietBerekend ?? []),
    ...datumstelsel(grid, acties),
  ];
  return {
    sheet: grid.sheet,
    peildatum: opties.peildatum,
    binnenkortDagen: opties.binnenkortDagen,
    kopRijen: blokken.map((b) => b.row + 1),
    blokken,
    acties,
    formuleCellen: [
      ...new Set(
        acties
          .flatMap((a) => [a.cellen.status, a.cellen.accounthouder])
          .filter((cel): cel is string => cel !== undefined && isFormule(cel))
      ),
    ],
    findings: ontdubbel(findings),
  };
}

/**
 * Rows whose cells look moved one column are read as if they stood in their own columns, so that
 * status, owner, deadline and traffic light come from the moved cells. Putting the row back in
 * the sheet is a use-case of its own; a formula among its cells is never moved.
 */
function zetVerschovenTerug(
  grid: Grid,
  ruwe: RuweActie[],
  kenner: ColumnRecogniser,
  isFormule: (cell: string) => boolean
): RuweActie[] {
  return ruwe.map((ruw) => {
    const richting = kenner.verschuiving(ruw);
    if (!richting) return ruw;
    const terug = readTeruggezet(ruw, richting, grid);
    if (terug.verschoven.terug?.some((m) => isFormule(m.cell))) terug.verschoven.terug = null;
    return terug;
  });
}

function kopFindings(sheet: string, blokken: readonly KopBlok[]): ActieFinding[] {
  const out: ActieFinding[] = [];
  blokken.forEach((blok, i) => {
    const params = { row: blok.row + 1 };
    if (i > 0)
      out.push(actieBevinding("kop-herhaald", { sheet, cell: `A${blok.row + 1}` }, params));
    for (const kolom of GEMELDE_KOLOMMEN.filter((k) => blok.kolommen[k] === undefined))
      out.push(
        actieBevinding(
          "kolom-ontbreekt",
          { sheet, cell: cellAddress(blok.row, 0) },
          { ...params, kolom }
        )
      );
  });
  return out;
}

function vertrokken(
  sheet: string,
  acties: readonly Actie[],
  register: Register,
  peildatum: IsoDate
): ActielijstFinding<"accounthouder-vertrokken">[] {
  const open = (a: Actie) => a.verkeerslicht !== "done";
  return vertrokkenFindings(
    sheet,
    acties.map((a) => ({
      row: a.row,
      open: open(a),
      eigenaren: a.eigenaren,
      cell: a.cellen.accounthouder,
    })),
    register.personen,
    peildatum
  );
}

/** Owners several registry people fit: listed with their candidates, once per cell. */
function dubbelzinnig(
  sheet: string,
  acties: readonly Actie[],
  resolver: Resolver
): AccounthouderFinding<"accounthouder-dubbelzinnig">[] {
  return dubbelzinnigeEigenaren(
    acties.flatMap((a) =>
      a.cellen.accounthouder
        ? [{ sheet, cell: a.cellen.accounthouder, tekst: a.accounthouder, row: a.row }]
        : []
    ),
    resolver
  );
}

/** Actions in hidden or filtered rows are checked like the rest; the user hears that they were. */
/**
 * Which date system the deadlines count in, said only when a deadline was a date serial and the
 * system is not the usual one: 1904, or not known (Excel showed no date cell; 1900 assumed).
 */
function datumstelsel(
  grid: Grid,
  acties: readonly Actie[]
): ActielijstFinding<"datumstelsel-1904" | "datumstelsel-aangenomen">[] {
  if (!acties.some((a) => typeof a.bron.waarde.deadline === "number")) return [];
  const plek = { sheet: grid.sheet, cell: "A1" };
  if (grid.date1904) return [actieBevinding("datumstelsel-1904", plek, {})];
  if (grid.dateSystemAssumed) return [actieBevinding("datumstelsel-aangenomen", plek, {})];
  return [];
}

function verborgen(
  sheet: string,
  acties: readonly Actie[],
  rijen: readonly number[]
): ActielijstFinding<"rijen-verborgen">[] {
  const set = new Set(rijen);
  const geraakt = acties.filter((a) => set.has(a.row - 1)).map((a) => a.row);
  if (geraakt.length === 0) return [];
  const lijst =
    geraakt.length > 10
      ? `rij ${geraakt.slice(0, 10).join(", ")} ...`
      : `rij ${geraakt.join(", ")}`;
  return [
    actieBevinding(
      "rijen-verborgen",
      { sheet, cell: "A1" },
      { aantal: geraakt.length, rijen: lijst }
    ),
  ];
}

/** One finding for the sheet's formulas without a result, at the first of them. */
function nietBerekend(
  sheet: string,
  cellen: readonly MergedArea[]
): ActielijstFinding<"formule-niet-berekend">[] {
  if (cellen.length === 0) return [];
  const eerste = cellen[0];
  return [
    actieBevinding(
      "formule-niet-berekend",
      { sheet, cell: cellAddress(eerste.top, eerste.left) },
      nietBerekendParams(cellen)
    ),
  ];
}

/** Findings about what a cell says; the others are about the action in its row. */
const CEL_CODES = new Set<string>([
  "status-onbekend",
  "status-synoniem",
  "status-bijna",
  "status-schrijfwijze",
  "deadline-onleesbaar",
  "deadline-onzeker",
]);

/** A merged status shared by four rows is one mistake, reported once at its cell. */
function ontdubbel<F extends Finding>(findings: F[]): F[] {
  const gezien = new Set<string>();
  return findings.filter((f) => {
    const key = CEL_CODES.has(f.code)
      ? `${f.code}|${f.cell}`
      : `${f.code}|${f.cell}|${f.params.row}`;
    if (gezien.has(key)) return false;
    gezien.add(key);
    return true;
  });
}

export { ACTIE_KOLOMMEN };
