import { deadlineVerloop, type DeadlineVerloop } from "../../core/actielijst/verloop";
import { vergelijkVersies, type Verschil } from "../../core/actielijst/verschil";
import {
  leesVastleggingen,
  VASTLEG_BLAD,
  type Vastlegging,
} from "../../core/actielijst/vastlegging";
import { actieVersie, type ActieVersie } from "../../core/actielijst/versie";
import {
  WIJZIGINGEN_MERK,
  wijzigingenBlad,
  wijzigingenBladNaam,
} from "../../core/actielijst/wijzigingen-blad";
import { datumTekst, type IsoDate } from "../../core/dates/iso";
import { eigenBladNaam, type BladDoel } from "../../core/eigen-blad";
import type { SheetRead, WorkbookPort, WriteOp } from "../ports";
import { schrijfAllesOfNiets, type Herstel } from "../schrijven";
import { gelukt, metHostFouten, mislukt, type Uitkomst } from "../uitkomst";
import { leesActielijst, rapporteer, type ValideerOpties } from "./valideer";
import { leesVersie } from "./verschil";

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
  doel: BladDoel;
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
  opties: ValideerOpties,
  bron: VerschilBron
): Promise<Uitkomst<VerschilResultaat>> {
  return metHostFouten(async () => {
    const gelezen = await leesActielijst(port, opties, [{ sheet: VASTLEG_BLAD, optional: true }]);
    if (!gelezen.ok) return gelezen;
    const rapport = rapporteer(gelezen.waarde, opties);
    if (!rapport.ok) return rapport;
    const kept = vastleggingenUit(gelezen.waarde.extra[0] ?? null);
    if (!kept.ok) return kept;
    const huidig = rapport.waarde.acties.map(actieVersie);
    const eerder = await eerdereVersie(bron, kept.waarde, opties, gelezen.waarde.register);
    if (!eerder.ok) return eerder;
    const { acties, sinds, label } = eerder.waarde;
    return gelukt({
      verschil: vergelijkVersies(acties, huidig),
      sheet: rapport.waarde.sheet,
      peildatum: opties.peildatum,
      sinds,
      bron: label,
      aantallen: { oud: acties.length, nieuw: huidig.length },
      verloop:
        kept.waarde.length > 0
          ? deadlineVerloop([...kept.waarde, { acties: huidig }])
          : new Map<number, DeadlineVerloop>(),
      doel: eigenBladNaam(
        wijzigingenBladNaam(sinds),
        gelezen.waarde.summary.sheets,
        WIJZIGINGEN_MERK
      ),
      vastleggingen: kept.waarde.map((v) => v.datum),
    });
  });
}

async function eerdereVersie(
  bron: VerschilBron,
  kept: readonly Vastlegging[],
  opties: ValideerOpties,
  register: Parameters<typeof leesVersie>[1]["register"]
): Promise<Uitkomst<{ acties: ActieVersie[]; sinds: IsoDate; label: string }>> {
  if (bron.soort === "bestand") {
    const versie = await leesVersie(bron.port, { peildatum: opties.peildatum, register });
    if (!versie.ok) return { ok: false, fout: { ...versie.fout, bestand: bron.naam } };
    return gelukt({
      acties: versie.waarde.acties,
      sinds: bron.datum,
      label: `bestand ${bron.naam}`,
    });
  }
  const v = bron.datum ? kept.find((x) => x.datum === bron.datum) : kept[kept.length - 1];
  if (!v) return mislukt("geen-vastlegging", { datum: bron.datum }, false);
  return gelukt({
    acties: v.acties,
    sinds: v.datum,
    label: `de vastlegging van ${datumTekst(v.datum)}`,
  });
}

/** The kept versions on Regie's sheet; none when it does not exist; refused when it is not Regie's. */
export function vastleggingenUit(read: SheetRead | null): Uitkomst<Vastlegging[]> {
  if (!read) return gelukt([]);
  const lezing = leesVastleggingen(read.grid);
  if (!lezing.ok) return mislukt("vastleggingen-onbekend", { blad: VASTLEG_BLAD });
  return gelukt(lezing.vastleggingen);
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
export async function schrijfWijzigingen(
  port: WorkbookPort,
  r: VerschilResultaat,
  gemaakt: string
): Promise<Uitkomst<WijzigingenGeschreven>> {
  return metHostFouten(async () => {
    const summary = await port.summary({ rows: 3, columns: 1 });
    const doel = eigenBladNaam(wijzigingenBladNaam(r.sinds), summary.sheets, WIJZIGINGEN_MERK);
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
      { kind: "pageLayout", sheet, orientation: "Landscape", fitToPages: { wide: 1, tall: 0 } },
    ];
    const vorig = summary.sheets.find((s) => s.name === sheet)?.head[1]?.[0] ?? null;
    await schrijfAllesOfNiets(port, ops, halfGemaakt(sheet, vorig), {
      task: "blad-maken",
      sheet,
      replaces: doel.vervangt,
    });
    return gelukt({
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
