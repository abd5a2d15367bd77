import { markeerDoelen } from "../../core/highlight/targets";
import { opgeslagenBereik, planMarkering } from "../../core/highlight/plan";
import {
  MARKERING_BLAD,
  readStore,
  storeVersie,
  VERSIE_CEL,
  writeStore,
  type Opgeslagen,
} from "../../core/highlight/store";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type { Fill } from "../../core/highlight/fill";
import { vullingenTerug } from "../../core/highlight/fill-restore";
import type { CellValue } from "../../core/grid";
import type { ReadRequest, WorkbookPort, WriteOp } from "../ports";
import { bestaat, writeAllOrNothing, type Herstel } from "../schrijven";
import { GRENZEN } from "../grenzen";
import { throwIfCancelled, succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { readActielijst, rapporteer, type ValidateOptions } from "./valideer";

export interface MarkeerResultaat {
  rapport: ActielijstRapport;
  /** Rows coloured red and orange. */
  verlopen: number;
  binnenkort: number;
  /** Cells whose fill changed, and cells given back their original fill. */
  geverfd: number;
  hersteld: number;
  handmatig: string[];
}

/**
 * Validate and colour overdue rows red and due-soon rows orange, in four round trips whatever the
 * size: outline, read (values, fills, remembered fills), the guard read that takes the write lock,
 * one write (fills and memory together, so they cannot disagree). A fifth only when a cell coloured
 * earlier lies below the values now (its row emptied since): its fill is read too.
 */
export async function valideerEnMarkeer(
  port: WorkbookPort,
  opties: ValidateOptions
): Promise<Outcome<MarkeerResultaat>> {
  return withHostErrors(async () => {
    const gelezen = await readActielijst(
      port,
      opties,
      [{ sheet: MARKERING_BLAD, optional: true }],
      true
    );
    if (!gelezen.ok) return gelezen;
    const { sheet, summary, read, extra } = gelezen.value;
    const opslagBlad = extra[0];
    if (summary.sheets.find((s) => s.name === sheet)?.protected)
      return refused("beveiligd", { blad: sheet, bij: "markeren" }, false);
    const gevalideerd = rapporteer(gelezen.value, opties);
    if (!gevalideerd.ok) return gevalideerd;
    const rapport = gevalideerd.value;
    const opgeslagen = opslagBlad ? readStore(opslagBlad.grid.values).items : [];
    const doelen = markeerDoelen(rapport, read.grid.merges);
    const fills = await vullingenTotOpgeslagen(
      port,
      sheet,
      read.fills ?? [],
      opgeslagen.filter((o) => o.sheet === sheet)
    );
    const plan = planMarkering(
      sheet,
      doelen,
      fills,
      opgeslagen.filter((o) => o.sheet === sheet)
    );
    const nieuweOpslag = [...opgeslagen.filter((o) => o.sheet !== sheet), ...plan.opslag];
    const ops: WriteOp[] = metOpslagGuard(opslagBlad?.grid.values ?? null, [
      ...plan.vullingen.map((v): WriteOp => ({
        kind: "fill",
        sheet,
        addresses: v.addresses,
        fill: v.fill,
      })),
      ...opslagOps(nieuweOpslag, opgeslagen, opslagBlad?.grid.values ?? null),
    ]);
    throwIfCancelled(opties.signal);
    await writeAllOrNothing(
      port,
      ops,
      markeringHerstel(ops, new Map([[sheet, fills]]), opslagBlad?.grid.values ?? null),
      { task: "markeren" }
    );
    return succeeded({
      rapport,
      verlopen: rapport.acties.filter((a) => a.verkeerslicht === "overdue").length,
      binnenkort: rapport.acties.filter((a) => a.verkeerslicht === "due-soon").length,
      geverfd: plan.geverfd,
      hersteld: plan.hersteld,
      handmatig: plan.handmatig,
    });
  });
}

/** A read's reach that covers every remembered area of one sheet (see ReadRequest.fillsAtLeast). */
export function tot(opgeslagen: readonly Opgeslagen[]): Pick<ReadRequest, "fillsAtLeast"> {
  const bereik = opgeslagenBereik(opgeslagen, GRENZEN.actielijstRijen);
  return bereik ? { fillsAtLeast: bereik } : {};
}

/**
 * The list's fills, reaching every cell coloured earlier: a row whose values were cleared since
 * lies below the values read, and would look re-coloured by hand. One more read, only then.
 */
async function vullingenTotOpgeslagen(
  port: WorkbookPort,
  sheet: string,
  fills: readonly (readonly Fill[])[],
  opgeslagen: readonly Opgeslagen[]
): Promise<readonly (readonly Fill[])[]> {
  const bereik = tot(opgeslagen).fillsAtLeast;
  if (!bereik || (bereik.rows <= fills.length && bereik.columns <= (fills[0]?.length ?? 0)))
    return fills;
  const [verder] = await port.read([{ sheet, fills: true, fillsAtLeast: bereik }]);
  return verder?.fills ?? fills;
}

/**
 * What puts a highlighting write back: every cell it touched gets the fill read before, and the memory
 * sheet its former content (or it goes, when it did not exist before).
 */
export function markeringHerstel(
  ops: readonly WriteOp[],
  voor: ReadonlyMap<string, readonly (readonly Fill[])[]>,
  opslagVoor: CellValue[][] | null
): Herstel {
  return (na) => {
    const vullingen = [...voor].flatMap(([sheet, fills]) => {
      const geraakt = ops.flatMap((o) =>
        o.kind === "fill" && o.sheet === sheet ? o.addresses : []
      );
      return vullingenTerug(geraakt, fills).map((v): WriteOp => ({
        kind: "fill",
        sheet,
        addresses: v.addresses,
        fill: v.fill,
      }));
    });
    const nu = bestaat(na, MARKERING_BLAD);
    if (opslagVoor === null)
      return [
        ...vullingen,
        ...(nu
          ? [{ kind: "deleteSheet", sheet: MARKERING_BLAD, visibility: "VeryHidden" } as const]
          : []),
      ];
    return [
      ...vullingen,
      nu
        ? { kind: "clearSheet", sheet: MARKERING_BLAD }
        : { kind: "addSheet", sheet: MARKERING_BLAD, visibility: "VeryHidden" },
      { kind: "values", sheet: MARKERING_BLAD, address: "A1", values: opslagVoor },
      // A delete that failed half way may have left the sheet Hidden (see the adapter's deleteSheet).
      ...(nu
        ? [{ kind: "sheetVisibility", sheet: MARKERING_BLAD, visibility: "VeryHidden" } as const]
        : []),
    ];
  };
}

/**
 * Guards a write that rests on the memory sheet as read: it must still be that version (or still
 * not be there), else another pane marked or cleared in between and this write is refused before
 * anything is written (issue 24, case 14). No write, no guard.
 */
export function metOpslagGuard(
  opslag: readonly (readonly CellValue[])[] | null,
  ops: WriteOp[]
): WriteOp[] {
  if (ops.length === 0) return [];
  const guard: WriteOp =
    opslag === null
      ? { kind: "expectSheet", sheet: MARKERING_BLAD, rowCount: null, sinds: "lezen" }
      : { kind: "expect", sheet: MARKERING_BLAD, cell: VERSIE_CEL, value: opslag[0]?.[5] ?? "" };
  return [guard, ...ops];
}

/**
 * Rewrites Regie's hidden memory sheet (one version on from what was read), or removes it when
 * nothing is coloured any more.
 */
export function opslagOps(
  nieuw: readonly Opgeslagen[],
  oud: readonly Opgeslagen[],
  opslag: readonly (readonly CellValue[])[] | null
): WriteOp[] {
  const bestaat = opslag !== null;
  if (nieuw.length === 0)
    return bestaat
      ? [{ kind: "deleteSheet", sheet: MARKERING_BLAD, visibility: "VeryHidden" }]
      : [];
  if (bestaat && gelijk(nieuw, oud)) return [];
  return [
    bestaat
      ? { kind: "clearSheet", sheet: MARKERING_BLAD }
      : { kind: "addSheet", sheet: MARKERING_BLAD, visibility: "VeryHidden" },
    {
      kind: "values",
      sheet: MARKERING_BLAD,
      address: "A1",
      values: writeStore(nieuw, storeVersie(opslag ?? []) + 1),
    },
  ];
}

function gelijk(a: readonly Opgeslagen[], b: readonly Opgeslagen[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
