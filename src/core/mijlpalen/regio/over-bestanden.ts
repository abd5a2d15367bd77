import { qualified } from "../../address";
import { foldText } from "../../text";
import { regioBevinding, type RegioBevinding } from "./codes";
import type { GemeenteGeteld } from "./gemeente";

/**
 * The findings across workbooks, in the region's order of gemeenten (the first one met is the
 * "eerder" one): a gemeente twice, a gemeente column that names another workbook's gemeente, an
 * address in the workbooks of two different gemeenten. One walk over every workbook's addresses.
 */
export function overBestanden(gemeenten: readonly GemeenteGeteld[]): RegioBevinding[] {
  const sleutels = gemeenten.map((g) => foldText(g.gemeente));
  const eerste = new Map<string, number>();
  sleutels.forEach((s, i) => eerste.has(s) || eerste.set(s, i));
  const gedeeld = gemeenten.map(() => 0);
  const adressen = adresBevindingen(gemeenten, sleutels, gedeeld);
  const dubbel = gemeenten.flatMap((g, i) => {
    const e = eerste.get(sleutels[i])!;
    if (e === i) return [];
    const params = { gemeente: g.gemeente, eerderBron: gemeenten[e].bron, gedeeld: gedeeld[i] };
    return [regioBevinding("gemeente-dubbel", { bron: g.bron }, params)];
  });
  const anders = gemeenten.flatMap((g, i) =>
    g.inhoud.gemeenten.flatMap((genoemd) => {
      const sleutel = foldText(genoemd.naam);
      const ander = eerste.get(sleutel);
      if (sleutel === sleutels[i] || ander === undefined) return [];
      const plek = { bron: g.bron, sheet: genoemd.sheet, cell: genoemd.cell };
      const params = {
        gemeente: g.gemeente,
        genoemd: genoemd.naam,
        anderBron: gemeenten[ander].bron,
      };
      return [regioBevinding("gemeente-van-ander-bestand", plek, params)];
    })
  );
  return [...dubbel, ...anders, ...adressen];
}

/**
 * Every address listed by a workbook of another gemeente before: one finding at its first cell in
 * the later workbook. Addresses two workbooks of the same gemeente share are counted (`gedeeld`,
 * per later workbook) for the finding that the gemeente is there twice, not reported one by one.
 */
function adresBevindingen(
  gemeenten: readonly GemeenteGeteld[],
  sleutels: readonly string[],
  gedeeld: number[]
): RegioBevinding[] {
  const uit: RegioBevinding[] = [];
  const eerst = new Map<string | number, { g: number; sheet: string; cell: string }>();
  gemeenten.forEach((g, i) => {
    for (const a of g.inhoud.adressen) {
      const e = eerst.get(a.sleutel);
      if (e === undefined) eerst.set(a.sleutel, { g: i, sheet: a.sheet, cell: a.cell });
      else if (sleutels[e.g] === sleutels[i]) gedeeld[i]++;
      else
        uit.push(
          regioBevinding(
            "adres-in-twee-gemeenten",
            { bron: g.bron, sheet: a.sheet, cell: a.cell },
            {
              adresId: a.adresId,
              gemeente: g.gemeente,
              eerderGemeente: gemeenten[e.g].gemeente,
              eerderBron: gemeenten[e.g].bron,
              eerderCel: qualified(e.sheet, e.cell),
            }
          )
        );
    }
  });
  return uit;
}
