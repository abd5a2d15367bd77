import type { Verschuiving } from "../../core/actielijst/shift";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import { differingCells, type TerugMove } from "../../core/actielijst/terugzetten";
import { LOG_BLAD } from "../../core/wijzigingslog";
import type { WorkbookPort, WorkbookSummary } from "../ports";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { pasWijzigingenToe, type ToepasResultaat } from "../wijzigingen/pas-toe";
import { leesRapport, type ValidateOptions } from "./valideer";

/** One shifted row and the cell changes that put its cells back in their columns. */
export interface TerugzetRij {
  row: number;
  richting: Verschuiving;
  /** Old -> new per cell, in column order: the preview's lines. */
  wijzigingen: TerugMove[];
}

export interface TerugzetVoorstel {
  sheet: string;
  rijen: TerugzetRij[];
  /** Rows that look shifted but cannot be put back without erasing a cell or moving a formula. */
  handmatig: number[];
  /** Where the Wijzigingslog ends now (null: no log yet), so applying needs no further read. */
  logRijen: number | null;
}

export const ZET_RIJ_TERUG = "Zet rij terug";

/**
 * "Zet rij terug", the preview: reads the list (two round trips) and, for every row that looks
 * shifted one column (or only for `rijen`), the cell changes that move its cells back. Nothing is
 * written here.
 */
export async function zetRijTerugVoorvertoning(
  port: WorkbookPort,
  opties: ValidateOptions & { rijen?: readonly number[] }
): Promise<Outcome<TerugzetVoorstel>> {
  return withHostErrors(async () => {
    const gelezen = await leesRapport(port, opties);
    if (!gelezen.ok) return gelezen;
    const { rapport, summary } = gelezen.value;
    return succeeded(terugzetVoorstel(rapport, summary, opties.rijen));
  });
}

/**
 * The preview from a validation already made and the outline read before it: what the CLI uses
 * after marking, so that the copy needs no further read (a read after a write would make the
 * file adapter rewrite the whole package instead of patching it in place).
 */
export function terugzetVoorstel(
  rapport: ActielijstRapport,
  summary: WorkbookSummary,
  rijen?: readonly number[]
): TerugzetVoorstel {
  return {
    ...terugzettingen(rapport, rijen),
    sheet: rapport.sheet,
    logRijen: summary.sheets.find((s) => s.name === LOG_BLAD)?.rowCount ?? null,
  };
}

/** The shifted rows of a validation, as put-back writes; rows the caller did not ask for are left. */
export function terugzettingen(
  rapport: Pick<ActielijstRapport, "acties">,
  rijen?: readonly number[]
): { rijen: TerugzetRij[]; handmatig: number[] } {
  const gevraagd = rijen ? new Set(rijen) : null;
  const uit: { rijen: TerugzetRij[]; handmatig: number[] } = { rijen: [], handmatig: [] };
  for (const actie of rapport.acties) {
    const v = actie.bron.verschoven;
    if (!v || (gevraagd && !gevraagd.has(actie.row))) continue;
    if (v.terug) uit.rijen.push({ row: actie.row, richting: v.richting, wijzigingen: v.terug });
    else uit.handmatig.push(actie.row);
  }
  return uit;
}

/**
 * Puts the chosen rows back (all of the preview's when `gekozen` is absent) in one write, with the
 * Wijzigingslog: *Ongedaan maken* restores them like any other change. A cell changed since the
 * preview stops the whole write, and nothing is changed.
 */
export async function zetRijTerug(
  port: WorkbookPort,
  voorstel: TerugzetVoorstel,
  tijdstip: string,
  gekozen?: ReadonlySet<number>
): Promise<Outcome<ToepasResultaat & { rijen: number[] }>> {
  const rijen = voorstel.rijen.filter((r) => !gekozen || gekozen.has(r.row));
  if (rijen.length === 0) return refused("niets-terug", {}, false);
  const uitkomst = await pasWijzigingenToe(
    port,
    rijen.flatMap((r) => r.wijzigingen),
    {
      actie: ZET_RIJ_TERUG,
      tijdstip,
      bekend: { logRijen: voorstel.logRijen },
    }
  );
  return uitkomst.ok ? succeeded({ ...uitkomst.value, rijen: rijen.map((r) => r.row) }) : uitkomst;
}

/**
 * "Zet rij terug" from the findings view, in one click: the preview the user saw (the moves of the
 * validation shown) is read again before anything is written. When a cell of the row changed since,
 * nothing is written and the refusal names the cells; the pane validates again for a new preview.
 */
export async function zetGetoondeRijTerug(
  port: WorkbookPort,
  opties: ValidateOptions,
  getoond: Pick<ActielijstRapport, "acties">,
  row: number,
  tijdstip: string
): Promise<Outcome<ToepasResultaat & { rijen: number[] }>> {
  const gezien = terugzettingen(getoond, [row]).rijen[0];
  if (!gezien) return refused("niets-terug", { rij: row }, false);
  const vers = await zetRijTerugVoorvertoning(port, { ...opties, rijen: [row] });
  if (!vers.ok) return vers;
  const nu = vers.value.rijen.find((r) => r.row === row);
  const anders = nu ? differingCells(gezien.wijzigingen, nu.wijzigingen) : [];
  if (!nu || anders.length > 0)
    return refused("voorvertoning-verouderd", { rij: row, cellen: nu ? anders : undefined }, false);
  return zetRijTerug(port, vers.value, tijdstip);
}
