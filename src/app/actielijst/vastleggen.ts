import { DATUM_FORMAAT, columnWidths, TIJDSTIP_FORMAAT } from "../../core/blad-opmaak";
import {
  nieuweVastlegging,
  VASTLEG_BLAD,
  VASTLEG_DATUMKOLOMMEN,
  VASTLEG_TIJDSTIPKOLOM,
  vastleggingWaarden,
  type Vastlegging,
} from "../../core/actielijst/vastlegging";
import { actieVersie } from "../../core/actielijst/versie";
import type { IsoDate } from "../../core/dates/iso";
import type { CellValue } from "../../core/grid";
import type { WorkbookPort, WriteOp, WriteTask } from "../ports";
import { writeAllOrNothing } from "../schrijven";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { vastleggingenUit } from "./vergelijk";
import { readActielijst, rapporteer, type ValidateOptions } from "./valideer";

export interface VastleggingInfo {
  datum: IsoDate;
  aantal: number;
}

export interface Vastgelegd {
  datum: IsoDate;
  aantal: number;
  /** A version of the same meeting was there and is replaced. */
  vervangen: boolean;
  blad: string;
}

/**
 * "Leg vast voor het DUO van ...": keeps the open list's comparable content (goal, topic, action,
 * owners, status, deadline and its date) on Regie's sheet Regie-vastleggingen, plain cells under a
 * header row. A version kept for the same meeting is replaced. Three round trips: outline, the list
 * with the sheet, the write (the sheet rewritten whole, or put back whole should Excel refuse).
 */
export async function legVast(
  port: WorkbookPort,
  opties: ValidateOptions,
  datum: IsoDate,
  tijdstip: string
): Promise<Outcome<Vastgelegd>> {
  return withHostErrors(async () => {
    const gelezen = await readActielijst(port, opties, [{ sheet: VASTLEG_BLAD, optional: true }]);
    if (!gelezen.ok) return gelezen;
    const rapport = rapporteer(gelezen.value, opties);
    if (!rapport.ok) return rapport;
    const read = gelezen.value.extra[0] ?? null;
    const kept = vastleggingenUit(read);
    if (!kept.ok) return kept;
    const acties = rapport.value.acties.map(actieVersie);
    const vervangen = kept.value.some((v) => v.datum === datum);
    const nieuw = [
      ...kept.value.filter((v) => v.datum !== datum),
      nieuweVastlegging(datum, tijdstip, acties),
    ];
    await herschrijf(port, nieuw, read?.grid.values ?? null, { task: "vastleggen" });
    return succeeded({ datum, aantal: acties.length, vervangen, blad: VASTLEG_BLAD });
  });
}

/** Takes the version of that meeting off the sheet again (the way back from Leg vast). */
export async function verwijderVastlegging(
  port: WorkbookPort,
  datum: IsoDate
): Promise<Outcome<VastleggingInfo>> {
  return withHostErrors(async () => {
    const [read] = await port.read([{ sheet: VASTLEG_BLAD, optional: true }]);
    const kept = vastleggingenUit(read ?? null);
    if (!kept.ok) return kept;
    const weg = kept.value.find((v) => v.datum === datum);
    if (!weg || !read) return refused("geen-vastlegging", { datum }, false);
    await herschrijf(
      port,
      kept.value.filter((v) => v !== weg),
      read.grid.values,
      { task: "vastlegging-verwijderen" }
    );
    return succeeded({ datum, aantal: weg.acties.length });
  });
}

/** The kept versions, oldest first (one round trip). */
export async function vastleggingen(port: WorkbookPort): Promise<Outcome<VastleggingInfo[]>> {
  return withHostErrors(async () => {
    const [read] = await port.read([{ sheet: VASTLEG_BLAD, optional: true }]);
    const kept = vastleggingenUit(read ?? null);
    return kept.ok
      ? succeeded(kept.value.map((v) => ({ datum: v.datum, aantal: v.acties.length })))
      : kept;
  });
}

/** The sheet rewritten whole with these versions; on failure its old content is put back. */
async function herschrijf(
  port: WorkbookPort,
  versies: readonly Vastlegging[],
  vorig: CellValue[][] | null,
  wat: WriteTask
): Promise<void> {
  const sheet = VASTLEG_BLAD;
  const waarden = vastleggingWaarden(versies);
  const ops: WriteOp[] = [
    vorig ? { kind: "clearSheet", sheet } : { kind: "addSheet", sheet },
    ...inhoud(waarden),
  ];
  await writeAllOrNothing(
    port,
    ops,
    (na) => {
      const bestaat = na.sheets.some((s) => s.name === sheet);
      if (!vorig) return bestaat ? [{ kind: "deleteSheet", sheet }] : [];
      return [
        ...(bestaat
          ? [{ kind: "clearSheet", sheet } as const]
          : [{ kind: "addSheet", sheet } as const]),
        ...inhoud(vorig),
      ];
    },
    wat
  );
}

/** Values, the date formats, a bold frozen header and fitted widths. */
function inhoud(waarden: CellValue[][]): WriteOp[] {
  const sheet = VASTLEG_BLAD;
  const breedte = waarden.reduce((m, r) => Math.max(m, r.length), 1);
  const n = Math.max(waarden.length, 2);
  return [
    {
      kind: "values",
      sheet,
      address: "A1",
      values: waarden.map((r) => [...r, ...new Array<"">(breedte - r.length).fill("")]),
    },
    { kind: "format", sheet, address: `A1:K1`, bold: true },
    ...VASTLEG_DATUMKOLOMMEN.map(
      (k) =>
        ({ kind: "format", sheet, address: `${k}2:${k}${n}`, numberFormat: DATUM_FORMAAT }) as const
    ),
    {
      kind: "format",
      sheet,
      address: `${VASTLEG_TIJDSTIPKOLOM}2:${VASTLEG_TIJDSTIPKOLOM}${n}`,
      numberFormat: TIJDSTIP_FORMAAT,
    },
    ...columnWidths(waarden.slice(0, 200), (w, r, c) =>
      typeof w === "number" && r > 0 && c !== 2
        ? c === 1
          ? "31-12-2021 10:00"
          : "31-12-2021"
        : String(w ?? "")
    ).map(
      ({ kolom, breedte: b }) =>
        ({ kind: "format", sheet, address: `${kolom}1`, columnWidth: b }) as const
    ),
    { kind: "freezeRows", sheet, rows: 1 },
  ];
}
