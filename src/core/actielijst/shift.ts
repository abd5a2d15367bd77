import { isLakmerk } from "../accounthouders/redaction";
import { herkenPlaatshouder } from "../accounthouders/placeholders";
import { splitsEigenaren } from "../accounthouders/split";
import { parseDeadline } from "../dates/deadline";
import type { IsoDate } from "../dates/iso";
import type { CellValue } from "../grid";
import { foldText } from "../text";
import type { ActieColumn } from "./columns";
import type { KopBlok } from "./header";
import type { RuweActie } from "./rows";
import { lijktStatus } from "./status";

type Herkenner = (waarde: CellValue) => boolean;

export type Verschuiving = "links" | "rechts";

/**
 * Recognises content that belongs in a column. Owners are known from the owner column itself
 * (a name is an owner when the list uses it as one elsewhere) and from the registry, if any.
 */
export class ColumnRecogniser {
  private readonly herkenners: Partial<Record<ActieColumn, Herkenner>>;
  private readonly eigenaren: Set<string>;
  private readonly perBlok = new WeakMap<KopBlok, Map<number, ActieColumn>>();
  private readonly eigenaarOordeel = new Map<string, boolean>();

  constructor(
    acties: readonly RuweActie[],
    peildatum: IsoDate,
    date1904 = false,
    /** The registry's judgement: a name it knows is an owner even if the list names him once. */
    private readonly kentEigenaar: (tekst: string) => boolean = () => false
  ) {
    this.eigenaren = new Set(
      acties.flatMap((a) =>
        splitsEigenaren(a.tekst.accounthouder).flatMap((d) =>
          d.soort === "persoon" && !lijktStatus(d.tekst) ? [foldText(d.tekst)] : []
        )
      )
    );
    this.herkenners = {
      status: (v) => typeof v === "string" && lijktStatus(v),
      deadline: (v) =>
        ["date", "month", "quarter"].includes(parseDeadline(v, peildatum, date1904).kind),
      accounthouder: (v) => typeof v === "string" && this.lijktEigenaar(v),
      onderwerp: (v) => typeof v === "string" && lijktOnderwerp(v),
    };
  }

  /**
   * Whether the row's cells look moved one column: at least two cells that do not fit their own
   * column but fit their neighbour's, in the same direction. Free-text cells (action, decision)
   * count only when they hold a status or a known owner: dates in a decision are normal.
   */
  verschuiving(actie: RuweActie): Verschuiving | null {
    const opKolom = this.kolommenVan(actie.blok);
    let links = 0;
    let rechts = 0;
    for (const [c, kolom] of opKolom) {
      const waarde = actie.waarde[kolom];
      if (typeof waarde === "string" && waarde.trim() === "") continue;
      const eigen = this.herkenners[kolom];
      if (eigen && eigen(waarde)) continue;
      if (this.past(opKolom.get(c + 1), waarde, !eigen)) links++;
      if (this.past(opKolom.get(c - 1), waarde, !eigen)) rechts++;
    }
    if (links >= 2 && links > rechts) return "links";
    if (rechts >= 2 && rechts > links) return "rechts";
    return null;
  }

  /** Column index -> column, once per header block rather than once per row. */
  private kolommenVan(blok: KopBlok): Map<number, ActieColumn> {
    let map = this.perBlok.get(blok);
    if (!map) {
      map = new Map(
        Object.entries(blok.kolommen).map(([kolom, c]) => [c as number, kolom as ActieColumn])
      );
      this.perBlok.set(blok, map);
    }
    return map;
  }

  private past(kolom: ActieColumn | undefined, waarde: CellValue, vrijeTekst: boolean): boolean {
    if (!kolom || (vrijeTekst && kolom !== "status" && kolom !== "accounthouder")) return false;
    const herkenner = this.herkenners[kolom];
    return herkenner ? herkenner(waarde) : false;
  }

  private lijktEigenaar(tekst: string): boolean {
    let ja = this.eigenaarOordeel.get(tekst);
    if (ja === undefined) {
      ja = this.oordeelEigenaar(tekst);
      this.eigenaarOordeel.set(tekst, ja);
    }
    return ja;
  }

  private oordeelEigenaar(tekst: string): boolean {
    const t = tekst.trim();
    return (
      isLakmerk(t) ||
      herkenPlaatshouder(t) !== null ||
      ((this.eigenaren.has(foldText(t)) || this.kentEigenaar(t)) && !lijktStatus(t))
    );
  }
}

/** "II. Lokale uitvoer": topics are numbered with Roman numerals, actions with letters. */
export function lijktOnderwerp(tekst: string): boolean {
  return /^\s*[IVX]{1,5}\s*\.\s*\S/.test(tekst);
}
