import { areaAddress } from "../address";
import type { MergedArea } from "../grid";

export interface Gekleurd<K> {
  area: MergedArea;
  key: K;
}

/**
 * Joins areas with the same key into as few rectangles as possible: first side by side within a row,
 * then identical column spans on consecutive rows. Fifty adjacent overdue rows become one address,
 * which keeps both Excel requests and the remembered fills small.
 */
export function rechthoeken<K>(
  items: readonly Gekleurd<K>[],
  keyOf: (key: K) => string
): Gekleurd<K>[] {
  const enkel = items.filter((i) => i.area.top === i.area.bottom);
  const hoog = items.filter((i) => i.area.top !== i.area.bottom);
  const sorted = [...enkel].sort((a, b) => a.area.top - b.area.top || a.area.left - b.area.left);
  const rijen: Gekleurd<K>[] = [];
  for (const item of sorted) {
    const last = rijen[rijen.length - 1];
    if (
      last &&
      last.area.top === item.area.top &&
      last.area.right + 1 === item.area.left &&
      keyOf(last.key) === keyOf(item.key)
    )
      last.area = { ...last.area, right: item.area.right };
    else rijen.push({ area: { ...item.area }, key: item.key });
  }
  const open = new Map<string, Gekleurd<K>>();
  const uit: Gekleurd<K>[] = [];
  for (const rij of rijen) {
    const span = `${rij.area.left}:${rij.area.right}:${keyOf(rij.key)}`;
    const prev = open.get(span);
    if (prev && prev.area.bottom + 1 === rij.area.top)
      prev.area = { ...prev.area, bottom: rij.area.top };
    else {
      const blok = { area: { ...rij.area }, key: rij.key };
      open.set(span, blok);
      uit.push(blok);
    }
  }
  return [...uit, ...hoog];
}

export function adressenPerSleutel<K>(
  items: readonly Gekleurd<K>[],
  keyOf: (key: K) => string
): Map<string, { key: K; addresses: string[] }> {
  const groepen = new Map<string, { key: K; addresses: string[] }>();
  for (const item of items) {
    const k = keyOf(item.key);
    const groep = groepen.get(k) ?? { key: item.key, addresses: [] };
    groep.addresses.push(areaAddress(item.area));
    groepen.set(k, groep);
  }
  return groepen;
}
