import { parseArea } from "../address";
import { fillKey, NO_FILL, type Fill } from "./fill";
import { adressenPerSleutel, rechthoeken, type Gekleurd } from "./rectangles";

/**
 * The fills that put the cells of `addresses` back as they were in `voor` (fills read before a
 * write), grouped so that each distinct fill is one multi-area call.
 */
export function vullingenTerug(
  addresses: readonly string[],
  voor: readonly (readonly Fill[])[]
): { fill: Fill; addresses: string[] }[] {
  const cellen: Gekleurd<Fill>[] = [];
  const gezien = new Set<string>();
  for (const address of addresses) {
    const a = parseArea(address);
    if (!a) continue;
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++) {
        const key = `${r},${c}`;
        if (gezien.has(key)) continue;
        gezien.add(key);
        cellen.push({
          area: { top: r, left: c, bottom: r, right: c },
          key: voor[r]?.[c] ?? NO_FILL,
        });
      }
  }
  return [...adressenPerSleutel(rechthoeken(cellen, fillKey), fillKey).values()].map((g) => ({
    fill: g.key,
    addresses: g.addresses,
  }));
}
