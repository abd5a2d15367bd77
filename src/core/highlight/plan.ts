import { areaAddress, parseArea } from "../address";
import { NO_FILL, fillKey, sameFill, solidFill, type Fill } from "./fill";
import { adressenPerSleutel, rechthoeken, type Gekleurd } from "./rectangles";
import { MARKEERKLEUREN, type Doel, type Markeersoort } from "./targets";
import type { Opgeslagen } from "./store";

export interface MarkeerPlan {
  /** Fills to write, grouped by fill so that each group is one multi-area call. */
  vullingen: { fill: Fill; addresses: string[] }[];
  /** What the store must hold for this sheet afterwards. */
  opslag: Opgeslagen[];
  geverfd: number;
  hersteld: number;
  /** Cells coloured by Regie earlier that someone has since re-coloured: left as they are. */
  handmatig: string[];
}

/** A remembered area larger than this is not Regie's (someone edited the hidden sheet). */
const MAX_OPGESLAGEN_CELLEN = 20_000;

interface Oud {
  origineel: Fill;
  soort: Markeersoort;
}

/**
 * Plans colouring `doelen` and restoring every previously coloured cell that is no longer a target.
 * A cell already coloured keeps its remembered original, so re-running never stacks; a cell whose
 * colour someone changed since is not restored over their change.
 */
export function planMarkering(
  sheet: string,
  doelen: readonly Doel[],
  fills: readonly (readonly Fill[])[],
  opgeslagen: readonly Opgeslagen[]
): MarkeerPlan {
  const oud = perCel(opgeslagen);
  const huidig = (r: number, c: number): Fill => fills[r]?.[c] ?? NO_FILL;
  const verven: Gekleurd<Fill>[] = [];
  const nieuw: Gekleurd<Oud>[] = [];
  const bedekt = new Set<string>();
  for (const doel of doelen) {
    const { top, left } = doel.area;
    const eerder = oud.get(`${top},${left}`);
    const markeer = solidFill(MARKEERKLEUREN[doel.soort]);
    nieuw.push({
      area: doel.area,
      key: { origineel: eerder ? eerder.origineel : huidig(top, left), soort: doel.soort },
    });
    if (!sameFill(huidig(top, left), markeer)) verven.push({ area: doel.area, key: markeer });
    for (let r = doel.area.top; r <= doel.area.bottom; r++)
      for (let c = doel.area.left; c <= doel.area.right; c++) bedekt.add(`${r},${c}`);
  }
  const herstellen: Gekleurd<Fill>[] = [];
  const handmatig: Gekleurd<Fill>[] = [];
  for (const [key, o] of oud) {
    if (bedekt.has(key)) continue;
    const [r, c] = key.split(",").map(Number);
    const cel = { area: { top: r, left: c, bottom: r, right: c }, key: o.origineel };
    if (sameFill(huidig(r, c), solidFill(MARKEERKLEUREN[o.soort]))) herstellen.push(cel);
    else handmatig.push(cel);
  }
  const ops = [
    ...adressenPerSleutel(rechthoeken(verven, fillKey), fillKey).values(),
    ...adressenPerSleutel(rechthoeken(herstellen, fillKey), fillKey).values(),
  ];
  return {
    vullingen: ops.map((g) => ({ fill: g.key, addresses: g.addresses })),
    opslag: rechthoeken(nieuw, oudKey).map((g) => ({
      sheet,
      address: areaAddress(g.area),
      origineel: g.key.origineel,
      soort: g.key.soort,
    })),
    geverfd: verven.length,
    hersteld: herstellen.length,
    handmatig: rechthoeken(handmatig, fillKey).map((g) => areaAddress(g.area)),
  };
}

function oudKey(o: Oud): string {
  return `${fillKey(o.origineel)}|${o.soort}`;
}

/**
 * How far from A1 the remembered areas reach that planMarkering would restore (the same size rule),
 * so that a read can cover cells coloured earlier whose values went since. Null when none.
 */
export function opgeslagenBereik(
  opgeslagen: readonly Opgeslagen[],
  maxRijen: number
): { rows: number; columns: number } | null {
  let rows = 0;
  let columns = 0;
  for (const o of opgeslagen) {
    const a = parseArea(o.address);
    if (!a || (a.bottom - a.top + 1) * (a.right - a.left + 1) > MAX_OPGESLAGEN_CELLEN) continue;
    // A forged area far down the sheet is not worth reading a million rows for: it stays unknown.
    if (a.bottom >= maxRijen) continue;
    rows = Math.max(rows, a.bottom + 1);
    columns = Math.max(columns, a.right + 1);
  }
  return rows > 0 ? { rows, columns } : null;
}

/** Remembered areas expanded to their cells, so a target finds its original whatever the grouping was. */
function perCel(opgeslagen: readonly Opgeslagen[]): Map<string, Oud> {
  const uit = new Map<string, Oud>();
  for (const o of opgeslagen) {
    const a = parseArea(o.address);
    if (!a || (a.bottom - a.top + 1) * (a.right - a.left + 1) > MAX_OPGESLAGEN_CELLEN) continue;
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++)
        uit.set(`${r},${c}`, { origineel: o.origineel, soort: o.soort });
  }
  return uit;
}
