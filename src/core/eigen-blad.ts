import { cellText, type CellValue } from "./grid";

/** Excel's limit on a sheet name. */
export const MAX_BLADNAAM = 31;

/** Where one of Regie's regenerated sheets goes, and whether it replaces Regie's previous one. */
export interface SheetTarget {
  naam: string;
  /** The sheet of that name is Regie's own (its mark in A2): it is replaced. */
  vervangt: boolean;
  /** A user's sheet has the plain name: Regie's goes beside it, as "(2)", "(3)" ... */
  bezetDoorGebruiker: boolean;
}

/** True when the sheet's first rows carry the mark: A2 starts with it. */
export function draagtMerk(head: readonly (readonly CellValue[])[], merk: string): boolean {
  return cellText(head[1]?.[0]).startsWith(merk);
}

/**
 * The name for a sheet Regie makes and remakes (named `basis`): its own name when free or Regie's
 * (recognised by `merk` in A2), else the first free "basis (2)", "basis (3)" ... within Excel's 31
 * characters. A user's sheet is never the answer, whatever its case.
 */
export function ownSheetName(
  basis: string,
  bladen: readonly { name: string; head: CellValue[][] }[],
  merk: string
): SheetTarget {
  const vind = (naam: string) => bladen.find((b) => b.name.toLowerCase() === naam.toLowerCase());
  const eerst = vind(basis);
  if (!eerst) return { naam: basis, vervangt: false, bezetDoorGebruiker: false };
  if (draagtMerk(eerst.head, merk))
    return { naam: eerst.name, vervangt: true, bezetDoorGebruiker: false };
  for (let i = 2; ; i++) {
    const naam = metVolgnummer(basis, i);
    const blad = vind(naam);
    if (!blad) return { naam, vervangt: false, bezetDoorGebruiker: true };
    if (draagtMerk(blad.head, merk))
      return { naam: blad.name, vervangt: true, bezetDoorGebruiker: true };
  }
}

/** "basis (2)"; shorter where that would pass 31 characters ("basis(2)", then the base cut). */
function metVolgnummer(basis: string, i: number): string {
  const lang = `${basis} (${i})`;
  if (lang.length <= MAX_BLADNAAM) return lang;
  const kort = `(${i})`;
  return `${basis.slice(0, MAX_BLADNAAM - kort.length)}${kort}`;
}
