import type { CellValue } from "../grid";
import { heeftActieKop } from "./header";

export interface SheetCandidate {
  name: string;
  visibility: string;
  head: CellValue[][];
}

export type BladKeuze =
  | { ok: true; sheet: string }
  | { ok: false; reden: "geen-actieblad" | "blad-onbekend" | "blad-zonder-kop"; sheet?: string };

/**
 * The sheet to validate: the one asked for by name; else the active sheet when it holds an action
 * list; else the first visible (then hidden) sheet whose first rows hold an action-list header.
 */
export function chooseActieSheet(
  bladen: readonly SheetCandidate[],
  actief: string | null,
  gevraagd?: string
): BladKeuze {
  if (gevraagd) {
    const blad =
      bladen.find((b) => b.name === gevraagd) ??
      bladen.find((b) => b.name.toLowerCase() === gevraagd.toLowerCase());
    if (!blad) return { ok: false, reden: "blad-onbekend", sheet: gevraagd };
    return heeftActieKop(blad.head)
      ? { ok: true, sheet: blad.name }
      : { ok: false, reden: "blad-zonder-kop", sheet: blad.name };
  }
  const actiefBlad = bladen.find((b) => b.name === actief);
  if (actiefBlad && heeftActieKop(actiefBlad.head)) return { ok: true, sheet: actiefBlad.name };
  // A visible list first; a list the user hid is still theirs; Regie's own very hidden sheets never.
  const eerste =
    bladen.find((b) => b.visibility === "Visible" && heeftActieKop(b.head)) ??
    bladen.find((b) => b.visibility === "Hidden" && heeftActieKop(b.head));
  return eerste ? { ok: true, sheet: eerste.name } : { ok: false, reden: "geen-actieblad" };
}
