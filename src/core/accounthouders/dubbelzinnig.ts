import { ACCOUNTHOUDER_CODES, KANDIDAAT_SCHEIDING, type AccounthouderFinding } from "./berichten";
import type { Resolver } from "./resolver";
import { splitsEigenaren } from "./split";

/** An owner cell as the list has it: where, the text, the first action row naming it. */
export interface EigenaarPlek {
  sheet: string;
  cell: string;
  tekst: string;
  row?: number;
}

/**
 * Every owner written so that several people in the registry fit it ("A. Woortman" when Anja and
 * Arend Woortman are both there), once per cell and form, with the candidates. Never resolved.
 */
export function dubbelzinnigeEigenaren(
  plekken: readonly EigenaarPlek[],
  resolver: Resolver
): AccounthouderFinding<"accounthouder-dubbelzinnig">[] {
  const gezien = new Set<string>();
  const out: AccounthouderFinding<"accounthouder-dubbelzinnig">[] = [];
  for (const plek of plekken)
    for (const deel of splitsEigenaren(plek.tekst)) {
      if (deel.soort !== "persoon") continue;
      const sleutel = `${plek.sheet}!${plek.cell}\u0001${deel.tekst}`;
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      const d = resolver.duid(deel.tekst);
      if (d.soort === "dubbelzinnig")
        out.push(
          dubbelzinnigFinding(
            plek,
            deel.tekst,
            d.kandidaten.map((p) => p.naam)
          )
        );
    }
  return out;
}

export function dubbelzinnigFinding(
  plek: EigenaarPlek,
  tekst: string,
  kandidaten: readonly string[]
): AccounthouderFinding<"accounthouder-dubbelzinnig"> {
  const code = "accounthouder-dubbelzinnig";
  return {
    code,
    severity: ACCOUNTHOUDER_CODES[code],
    sheet: plek.sheet,
    cell: plek.cell,
    params: {
      tekst,
      kandidaten: kandidaten.join(KANDIDAAT_SCHEIDING),
      aantal: kandidaten.length,
      ...(plek.row === undefined ? {} : { row: plek.row }),
    },
  };
}
