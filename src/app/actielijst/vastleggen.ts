import { DATUM_FORMAAT, columnWidths, TIJDSTIP_FORMAAT } from "../../core/blad-opmaak";
import {
  nieuweVastlegging,
  VASTLEG_BLAD,
  VASTLEG_DATUMKOLOMMEN,
  VASTLEG_KOP,
  VASTLEG_TIJDSTIPKOLOM,
  vastlegRijen,
  vastleggingWaarden,
  type Vastlegging,
} from "../../core/actielijst/vastlegging";
import { actieVersie } from "../../core/actielijst/versie";
import type { IsoDate } from "../../core/dates/iso";
import type { CellValue } from "../../core/grid";
import type { WorkbookPort, WriteOp, WriteTask } from "../ports";
import { bestaat, writeAllOrNothing } from "../schrijven";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { vastleggingenUit } from "./vergelijk";
import { leesRapport, type ValidateOptions } from "./valideer";

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
 * with the sheet, the write. An existing sheet is only appended to: the new version goes below the
 * last used row and the replaced one's own cells (A to K of its rows) are cleared, so a note column
 * or row the user added stays (issue 24, case 13); should Excel refuse, those cells are put back.
 */
export async function legVast(
  port: WorkbookPort,
  opties: ValidateOptions,
  datum: IsoDate,
  tijdstip: string
): Promise<Outcome<Vastgelegd>> {
  return withHostErrors(async () => {
    const gelezen = await leesRapport(port, opties, [{ sheet: VASTLEG_BLAD, optional: true }]);
    if (!gelezen.ok) return gelezen;
    const { rapport } = gelezen.value;
    const read = gelezen.value.extra[0] ?? null;
    const kept = vastleggingenUit(read);
    if (!kept.ok) return kept;
    const acties = rapport.acties.map(actieVersie);
    const vervangen = kept.value.some((v) => v.datum === datum);
    const versie = nieuweVastlegging(datum, tijdstip, acties);
    const wat = { task: "vastleggen" } as const;
    if (!read) await nieuwBlad(port, versie, wat);
    else {
      const rijen = vastlegRijen(read.grid);
      if (!rijen) return refused("vastleggingen-onbekend", { blad: VASTLEG_BLAD });
      const bij = vastleggingWaarden([versie]).slice(1);
      await bijwerken(
        port,
        read.grid.values,
        rijen.per.get(datum) ?? [],
        bij,
        rijen.laatsteRij,
        wat
      );
    }
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
    const rijen = read ? vastlegRijen(read.grid) : null;
    if (!weg || !read || !rijen) return refused("geen-vastlegging", { datum }, false);
    await bijwerken(port, read.grid.values, rijen.per.get(datum) ?? [], [], rijen.laatsteRij, {
      task: "vastlegging-verwijderen",
    });
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

/** A new sheet with its header and this version; on failure the sheet is taken away again. */
async function nieuwBlad(port: WorkbookPort, versie: Vastlegging, wat: WriteTask): Promise<void> {
  const sheet = VASTLEG_BLAD;
  await writeAllOrNothing(
    port,
    [{ kind: "addSheet", sheet }, ...inhoud(vastleggingWaarden([versie]))],
    (na) => (bestaat(na, sheet) ? [{ kind: "deleteSheet", sheet }] : []),
    wat
  );
}

/**
 * Clears Regie's own cells (A to K) in the rows `wissen` and appends `bij` below the last used row;
 * nothing else on the sheet is written. On failure exactly those cells get what they held back.
 * Writing "" through range.values clears a cell ("Blank and null values in Excel add-ins",
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
async function bijwerken(
  port: WorkbookPort,
  vorig: CellValue[][],
  wissen: readonly number[],
  bij: CellValue[][],
  laatsteRij: number,
  wat: WriteTask
): Promise<void> {
  const sheet = VASTLEG_BLAD;
  const breedte = VASTLEG_KOP.length;
  const leeg = (): CellValue[] => new Array<CellValue>(breedte).fill("");
  const eerste = laatsteRij + 1;
  const laatste = laatsteRij + bij.length;
  const ops: WriteOp[] = [
    ...reeksen(wissen).map(([van, tot]) => waardenOp(van, tot, leeg)),
    ...(bij.length === 0
      ? []
      : [
          { kind: "values", sheet, address: `A${eerste}`, values: bij } as const,
          ...datumOpmaak(eerste, laatste, (k) =>
            k === VASTLEG_TIJDSTIPKOLOM ? TIJDSTIP_FORMAAT : DATUM_FORMAAT
          ),
        ]),
  ];
  await writeAllOrNothing(
    port,
    ops,
    (na) =>
      !bestaat(na, sheet)
        ? []
        : [
            ...reeksen(wissen).map(([van, tot]) =>
              waardenOp(van, tot, (r) =>
                Array.from({ length: breedte }, (_, c) => vorig[r - 1]?.[c] ?? "")
              )
            ),
            // The appended rows lie below the last used row, where the cells were blank and
            // General: their date formats go with their values, as logTerug does for the log.
            ...(bij.length === 0
              ? []
              : [
                  waardenOp(eerste, laatste, leeg),
                  ...datumOpmaak(eerste, laatste, () => "General"),
                ]),
          ],
    wat
  );
}

/** The date and time columns of rows van..tot (1-based), each with the number format `formaat` gives. */
function datumOpmaak(van: number, tot: number, formaat: (kolom: string) => string): WriteOp[] {
  return [...VASTLEG_DATUMKOLOMMEN, VASTLEG_TIJDSTIPKOLOM].map((k) => ({
    kind: "format",
    sheet: VASTLEG_BLAD,
    address: `${k}${van}:${k}${tot}`,
    numberFormat: formaat(k),
  }));
}

/** Columns A to K of rows van..tot (1-based), each row's values given by `rij`. */
function waardenOp(van: number, tot: number, rij: (r: number) => CellValue[]): WriteOp {
  const values = Array.from({ length: tot - van + 1 }, (_, i) => rij(van + i));
  return { kind: "values", sheet: VASTLEG_BLAD, address: `A${van}`, values };
}

/** Ascending rows grouped into runs of consecutive rows, [first, last]. */
function reeksen(rijen: readonly number[]): [number, number][] {
  const uit: [number, number][] = [];
  for (const r of [...rijen].sort((a, b) => a - b)) {
    const vorige = uit[uit.length - 1];
    if (vorige && vorige[1] === r - 1) vorige[1] = r;
    else uit.push([r, r]);
  }
  return uit;
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
