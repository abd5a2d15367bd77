import type { Alinea } from "./alinea";
import { isPaginakop, isPaginakopVervolg } from "./paginakop";

/** One line of the verslag, cleaned: what the section and item readers look at. */
export interface Regel {
  tekst: string;
  /** Word's automatic number of the paragraph this line opens, when it has one. */
  nummer?: string;
  niveau?: number;
}

/**
 * The verslag as lines: paragraphs split at their line breaks (the first line keeps the paragraph's
 * automatic number), each line cleaned (markdown emphasis of a conversion, non-breaking and double
 * spaces), and the page headers and footers a conversion leaves in the running text taken out
 * (paginakop.ts), so that a sentence broken by a page header reads as one. Empty lines stay: they
 * separate what they separate.
 */
export function regelsVan(alineas: readonly Alinea[]): Regel[] {
  const regels: Regel[] = [];
  for (const alinea of alineas) {
    alinea.tekst.split(/\r\n|\r|\n|\v/).forEach((deel, i) => {
      const tekst = schoon(deel);
      if (i === 0 && alinea.nummer !== undefined)
        regels.push({ tekst, nummer: alinea.nummer, niveau: alinea.niveau ?? 0 });
      else regels.push({ tekst });
    });
  }
  return zonderPaginakoppen(regels);
}

/** "**(10)(2e)**" -> "(10)(2e)"; tabs stay (they separate a table row's cells). */
function schoon(tekst: string): string {
  return tekst
    .replace(/\*\*|__/g, "")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[ \f]+/g, " ")
    .trim();
}

/**
 * Drops page header and footer lines: a line that is one (isPaginakop), and right after it (blank
 * lines in between allowed) the lines such a header goes on with (isPaginakopVervolg).
 */
function zonderPaginakoppen(regels: readonly Regel[]): Regel[] {
  const uit: Regel[] = [];
  let inKop = false;
  for (const regel of regels) {
    // A conversion may put a list's bullet before a header line too ("- 2", "- Pagina 2 van 3").
    const kaal = regel.tekst.replace(/^[-–•*·▪]\s*/, "");
    if (regel.nummer === undefined && isPaginakop(kaal)) {
      inKop = true;
      continue;
    }
    if (inKop && regel.nummer === undefined && isPaginakopVervolg(kaal)) continue;
    if (regel.tekst !== "") inKop = false;
    uit.push(regel);
  }
  return uit;
}
