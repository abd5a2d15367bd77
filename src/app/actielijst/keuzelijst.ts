import { parseArea, areaAddress } from "../../core/address";
import {
  keuzelijstValidatie,
  statusGebieden,
  type StatusGebied,
} from "../../core/actielijst/keuzelijst";
import { STATUSSEN } from "../../core/actielijst/status";
import { tijdstipNederlands } from "../../core/blad-opmaak";
import type { CellEdit } from "../../core/findings";
import { LOG_BLAD, logIndeling, type LogIndeling } from "../../core/wijzigingslog";
import {
  validatieTekst,
  zelfdeValidatie,
  type CelValidatie,
  type Validatie,
} from "../../core/validatie";
import type { WorkbookPort, WriteOp } from "../ports";
import { refused, succeeded, withHostErrors, type Outcome } from "../outcome";
import { writeAllOrNothing } from "../schrijven";
import { logOps, logTerug } from "../wijzigingen/pas-toe";
import { readActielijst, type ValidateOptions } from "./valideer";

/** The log's action names: *Ongedaan maken* knows a dropdown batch by them. */
export const KEUZELIJST_TOEVOEGEN = "Keuzelijst status";
export const KEUZELIJST_VERWIJDEREN = "Keuzelijst status verwijderen";
export const KEUZELIJST_ACTIES: ReadonlySet<string> = new Set([
  KEUZELIJST_TOEVOEGEN,
  KEUZELIJST_VERWIJDEREN,
]);

export type KeuzelijstSoort = "toevoegen" | "verwijderen";

/** Cells next to each other in one status column that hold the same validation now. */
export interface KeuzelijstBlok {
  address: string;
  cellen: number;
  /** What the cells hold now (null: no validation): what the preview shows will be replaced. */
  nu: CelValidatie;
}

export interface KeuzelijstVoorstel {
  soort: KeuzelijstSoort;
  sheet: string;
  statussen: readonly string[];
  /** Every status column's data rows (the preview names them all). */
  gebieden: StatusGebied[];
  /** The cells that change, by what they hold now. */
  blokken: KeuzelijstBlok[];
  /** Cells that already are as asked (have Regie's list, or, removing, do not). */
  ongemoeid: number;
  logRijen: number | null;
  logIndeling: LogIndeling;
  /** Rows of the list as the preview saw them: a row inserted or deleted since is refused. */
  rijen: number;
  beveiligd: boolean;
}

export interface KeuzelijstResultaat {
  batch: string;
  cellen: number;
  blokken: number;
}

/**
 * The preview of putting the status dropdown in the sheet (or taking Regie's out): reads the list
 * (two round trips) and the validation of its status columns (one or two). Writes nothing.
 */
export async function keuzelijstVoorvertoning(
  port: WorkbookPort,
  opties: ValidateOptions,
  soort: KeuzelijstSoort
): Promise<Outcome<KeuzelijstVoorstel>> {
  return withHostErrors(async () => {
    if (!port.validaties) return refused("keuzelijst-niet-hier", {}, false);
    const gelezen = await readActielijst(port, opties);
    if (!gelezen.ok) return gelezen;
    const { summary, sheet, read } = gelezen.value;
    const gebieden = statusGebieden(read.grid);
    if (gebieden.length === 0) return refused("geen-statuskolom", { blad: sheet }, false);
    const nu = await port.validaties(gebieden.map((g) => ({ sheet, address: g.address })));
    const regie = keuzelijstValidatie();
    const blokken: KeuzelijstBlok[] = [];
    let ongemoeid = 0;
    gebieden.forEach((g, i) =>
      nu[i].forEach((rij, r) => {
        const cel = rij[0] ?? null;
        const heeft = zelfdeValidatie(cel, regie);
        if (soort === "toevoegen" ? heeft : !heeft) {
          ongemoeid++;
          return;
        }
        voegToe(blokken, g.col, g.top + r, cel);
      })
    );
    if (blokken.length === 0)
      return refused(
        soort === "toevoegen" ? "keuzelijst-al-aanwezig" : "geen-keuzelijst",
        { blad: sheet },
        false
      );
    const blad = summary.sheets.find((s) => s.name === sheet);
    const log = summary.sheets.find((s) => s.name === LOG_BLAD);
    return succeeded({
      soort,
      sheet,
      statussen: STATUSSEN,
      gebieden,
      blokken,
      ongemoeid,
      logRijen: log?.rowCount ?? null,
      logIndeling: logIndeling(log?.head[0]),
      rijen: blad?.rowCount ?? 0,
      beveiligd: blad?.protected ?? false,
    });
  });
}

/** Extends the last block when the cell is right below it with the same validation. */
function voegToe(blokken: KeuzelijstBlok[], col: number, row: number, nu: CelValidatie): void {
  const laatste = blokken[blokken.length - 1];
  const area = laatste ? parseArea(laatste.address) : null;
  if (
    laatste &&
    area &&
    area.left === col &&
    area.bottom === row - 1 &&
    zelfdeValidatie(laatste.nu, nu)
  ) {
    laatste.address = areaAddress({ ...area, bottom: row });
    laatste.cellen++;
    return;
  }
  blokken.push({
    address: areaAddress({ top: row, left: col, bottom: row, right: col }),
    cellen: 1,
    nu,
  });
}

/**
 * Applies the preview: each block gets Regie's dropdown (or, removing, none), with one log line
 * per block (Oud: what it held, as JSON; Nieuw: what it gets), in one batch under the write lock.
 * Guarded: the validations are read again first (a validation changed since the preview is
 * refused, naming the cell), and the batch expects the list's rows, its status headers and the
 * log's end as the preview saw them.
 */
export async function pasKeuzelijstToe(
  port: WorkbookPort,
  voorstel: KeuzelijstVoorstel,
  tijdstip: string
): Promise<Outcome<KeuzelijstResultaat>> {
  return withHostErrors(async () => {
    const { sheet, blokken } = voorstel;
    if (!port.validaties) return refused("keuzelijst-niet-hier", {}, false);
    if (voorstel.beveiligd) return refused("beveiligd", { blad: sheet, bij: "keuzelijst" }, false);
    const nu = await port.validaties(blokken.map((b) => ({ sheet, address: b.address })));
    for (const [i, b] of blokken.entries()) {
      const k = nu[i].findIndex((rij) => !zelfdeValidatie(rij[0] ?? null, b.nu));
      if (k >= 0) {
        const area = parseArea(b.address)!;
        const cel = areaAddress({ ...area, top: area.top + k, bottom: area.top + k });
        return refused("keuzelijst-verouderd", { blad: sheet, cel }, false);
      }
    }
    const doel: Validatie | null = voorstel.soort === "toevoegen" ? keuzelijstValidatie() : null;
    const actie = voorstel.soort === "toevoegen" ? KEUZELIJST_TOEVOEGEN : KEUZELIJST_VERWIJDEREN;
    const regels: CellEdit[] = blokken.map((b) => ({
      sheet,
      cell: b.address,
      from: validatieTekst(b.nu),
      to: validatieTekst(doel),
    }));
    const { logRijen, logIndeling: indeling } = voorstel;
    const ops: WriteOp[] = [
      { kind: "expectSheet", sheet: LOG_BLAD, rowCount: logRijen },
      { kind: "expectSheet", sheet, rowCount: voorstel.rijen },
      ...voorstel.gebieden.map((g): WriteOp => ({
        kind: "expect",
        sheet,
        cell: g.kopCel,
        value: g.kopTekst,
      })),
      ...blokken.map((b): WriteOp => ({
        kind: "validation",
        sheet,
        address: b.address,
        validatie: doel,
      })),
      ...logOps(logRijen, indeling, regels, { actie, tijdstip }),
    ];
    await writeAllOrNothing(
      port,
      ops,
      (na, fout) => [
        ...blokken.map((b): WriteOp => ({
          kind: "validation",
          sheet,
          address: b.address,
          validatie: b.nu,
        })),
        ...logTerug(na, blokken.length, logRijen, indeling, fout),
      ],
      { task: "wijzigingen", actie }
    );
    return succeeded({
      batch: tijdstipNederlands(tijdstip),
      cellen: blokken.reduce((n, b) => n + b.cellen, 0),
      blokken: blokken.length,
    });
  });
}
