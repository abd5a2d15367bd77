import { deadlineVerloop, type DeadlineVerloop } from "../../core/actielijst/verloop";
import { vergelijkVersies, type Verschil } from "../../core/actielijst/verschil";
import {
  readVastleggingen,
  VASTLEG_BLAD,
  type Vastlegging,
} from "../../core/actielijst/vastlegging";
import { actieVersie, type ActieVersie } from "../../core/actielijst/versie";
import {
  WIJZIGINGEN_MERK,
  wijzigingenBlad,
  wijzigingenSheetName,
} from "../../core/actielijst/wijzigingen-blad";
import { datumTekst, type IsoDate } from "../../core/dates/iso";
import { ownSheetName, type SheetTarget } from "../../core/eigen-blad";
import { afdrukOp } from "../afdrukken";
import type { SheetRead, WorkbookPort, WriteOp } from "../ports";
import { writeAllOrNothing, type Herstel } from "../schrijven";
import { succeeded, withHostErrors, refused, type Outcome } from "../outcome";
import { leesRapport, type ValidateOptions } from "./valideer";
import { readVersie } from "./verschil";

/** What the open list is compared with: a workbook file the user picked, or a kept version. */
export type VerschilBron =
  | {
      soort: "bestand";
      /** The file's name, as the user knows it. */
      naam: string;
      /** The date it stands for (the file's date, or as the user set it). */
      datum: IsoDate;
      /** The file, read-only, through the same port as every workbook. */
      port: WorkbookPort;
    }
  /** The kept version of that meeting; the latest when no date is given. */
  | { soort: "vastlegging"; datum?: IsoDate };

export interface VerschilResultaat {
  verschil: Verschil;
  /** The sheet of the open list. */
  sheet: string;
  peildatum: IsoDate;
  /** The earlier version's date. */
  sinds: IsoDate;
  /** What was compared with, in words: "bestand X.xlsx" or "de vastlegging van 13-1-2021". */
  bron: string;
  aantallen: { oud: number; nieuw: number };
  /** Per row of the open list: how often its deadline moved across the kept versions. */
  verloop: Map<number, DeadlineVerloop>;
  /** Where "Wijzigingen sinds ..." would go: Regie's own sheet is replaced, a user's never. */
  doel: SheetTarget;
  /** The dates of the kept versions, oldest first. */
  vastleggingen: IsoDate[];
}

/**
 * "Verschil met eerdere versie": reads the open list and Regie's kept versions in one round trip
 * (after the outline), the earlier version from the file when one was picked (with the open
 * workbook's registry, so one person has one name on both sides), and compares. Nothing is written.
 */
export async function vergelijkMetEerder(
  port: WorkbookPort,
  opties: ValidateOptions,
  bron: VerschilBron
): Promise<Outcome<VerschilResultaat>> {
  return withHostErrors(async () => {
    const gelezen = await leesRapport(port, opties, [{ sheet: VASTLEG_BLAD, optional: true }]);
    if (!gelezen.ok) return gelezen;
    const { rapport } = gelezen.value;
    const kept = vastleggingenUit(gelezen.value.extra[0] ?? null);
    if (!kept.ok) return kept;
    const huidig = rapport.acties.map(actieVersie);
    const eerder = await eerdereVersie(bron, kept.value, opties, gelezen.value.register);
    if (!eerder.ok) return eerder;
    const { acties, sinds, label } = eerder.value;
    return succeeded({
      verschil: vergelijkVersies(acties, huidig),
      sheet: rapport.sheet,
      peildatum: opties.peildatum,
      sinds,
      bron: label,
      aantallen: { oud: acties.length, nieuw: huidig.length },
      verloop:
        kept.value.length > 0
          ? deadlineVerloop([...kept.value, { acties: huidig }])
          : new Map<number, DeadlineVerloop>(),
      doel: ownSheetName(
        wijzigingenSheetName(sinds),
        gelezen.value.summary.sheets,
        WIJZIGINGEN_MERK
      ),
      vastleggingen: kept.value.map((v) => v.datum),
    });
  });
}

async function eerdereVersie(
  bron: VerschilBron,
  kept: readonly Vastlegging[],
  opties: ValidateOptions,
  register: Parameters<typeof readVersie>[1]["register"]
): Promise<Outcome<{ acties: ActieVersie[]; sinds: IsoDate; label: string }>> {
  if (bron.soort === "bestand") {
    const versie = await readVersie(bron.port, { peildatum: opties.peildatum, register });
    if (!versie.ok) return { ok: false, refusal: { ...versie.refusal, file: bron.naam } };
    return succeeded({
      acties: versie.value.acties,
      sinds: bron.datum,
      label: `bestand ${bron.naam}`,
    });
  }
  const v = bron.datum ? kept.find((x) => x.datum === bron.datum) : kept[kept.length - 1];
  if (!v) return refused("geen-vastlegging", { datum: bron.datum }, false);
  return succeeded({
    acties: v.acties,
    sinds: v.datum,
    label: `de vastlegging van ${datumTekst(v.datum)}`,
  });
}

/** The kept versions on Regie's sheet; none when it does not exist; refused when it is not Regie's. */
export function vastleggingenUit(read: SheetRead | null): Outcome<Vastlegging[]> {
  if (!read) return succeeded([]);
  const lezing = readVastleggingen(read.grid);
  if (!lezing.ok) return refused("vastleggingen-onbekend", { blad: VASTLEG_BLAD });
  return succeeded(lezing.vastleggingen);
}

export interface WijzigingenGeschreven {
  blad: string;
  vervangen: boolean;
  aantal: number;
}

/**
 * Writes the sheet "Wijzigingen sinds ..." from a comparison: one round trip for the outline (the
 * name is chosen again, in case a sheet appeared since the preview), one for the sheet. Regie's
 * previous sheet of that name is replaced; a user's sheet is never touched.
 */
export async function writeWijzigingen(
  port: WorkbookPort,
  r: VerschilResultaat,
  gemaakt: string
): Promise<Outcome<WijzigingenGeschreven>> {
  return withHostErrors(async () => {
    const summary = await port.summary({ rows: 3, columns: 1 });
    const doel = ownSheetName(wijzigingenSheetName(r.sinds), summary.sheets, WIJZIGINGEN_MERK);
    const plan = wijzigingenBlad(r.verschil, {
      sinds: r.sinds,
      bron: r.bron,
      blad: r.sheet,
      peildatum: r.peildatum,
      gemaakt,
      verloop: r.verloop,
    });
    const sheet = doel.naam;
    const breedte = plan.values.reduce((m, rij) => Math.max(m, rij.length), 1);
    const ops: WriteOp[] = [
      ...(doel.vervangt ? [{ kind: "deleteSheet", sheet } as const] : []),
      { kind: "addSheet", sheet, activate: true },
      {
        kind: "values",
        sheet,
        address: "A1",
        values: plan.values.map((rij) => [...rij, ...new Array<"">(breedte - rij.length).fill("")]),
      },
      ...plan.opmaak.map((o) => ({ kind: "format", sheet, ...o }) as const),
      { kind: "freezeRows", sheet, rows: plan.bevrorenRijen },
      afdrukOp(sheet, plan.afdruk),
    ];
    const vorig = summary.sheets.find((s) => s.name === sheet)?.head[1]?.[0] ?? null;
    await writeAllOrNothing(port, ops, halfGemaakt(sheet, vorig), {
      task: "blad-maken",
      sheet,
      replaces: doel.vervangt,
    });
    return succeeded({
      blad: sheet,
      vervangen: doel.vervangt,
      aantal: plan.values.length - plan.bevrorenRijen,
    });
  });
}

/** After a failure only the half-made new sheet goes (its A2 is not the previous one's). */
function halfGemaakt(sheet: string, vorig: unknown): Herstel {
  return (na) => {
    const blad = na.sheets.find((s) => s.name === sheet);
    if (!blad) return [];
    return vorig !== null && blad.head[1]?.[0] === vorig ? [] : [{ kind: "deleteSheet", sheet }];
  };
}
