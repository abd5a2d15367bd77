import { kiesActieblad } from "../../core/actielijst/sheet-choice";
import { valideerActielijst, type ActielijstRapport } from "../../core/actielijst/validate";
import { STANDAARD_BINNENKORT_DAGEN } from "../../core/actielijst/traffic-light";
import type { EigenaarDeel } from "../../core/accounthouders/split";
import type { IsoDate } from "../../core/dates/iso";
import type { SheetRead, WorkbookPort, WorkbookSummary } from "../ports";
import { controleerAfbreken, gelukt, metHostFouten, mislukt, type Uitkomst } from "../uitkomst";

export interface ValideerOpties {
  peildatum: IsoDate;
  binnenkortDagen?: number;
  /** A sheet named by the user; otherwise the active sheet or the first action sheet. */
  sheet?: string;
  eigenaarNaam?: (deel: EigenaarDeel) => string;
  signal?: AbortSignal;
}

/** Validate the action list: one read of the workbook's outline, one read of the chosen sheet. */
export async function valideer(
  port: WorkbookPort,
  opties: ValideerOpties
): Promise<Uitkomst<ActielijstRapport>> {
  return metHostFouten(async () => {
    const summary = await port.summary();
    const gekozen = kiesBlad(summary, opties.sheet);
    if (!gekozen.ok) return gekozen;
    controleerAfbreken(opties.signal);
    const [read] = await port.read([{ sheet: gekozen.waarde }]);
    return rapporteer(read as SheetRead, opties);
  });
}

export function kiesBlad(summary: WorkbookSummary, gevraagd?: string): Uitkomst<string> {
  if (summary.sheets.length === 0) return mislukt("lege-werkmap", "De werkmap heeft geen bladen.");
  const keuze = kiesActieblad(summary.sheets, summary.activeSheet, gevraagd);
  if (keuze.ok) return gelukt(keuze.sheet);
  switch (keuze.reden) {
    case "blad-onbekend":
      return mislukt("blad-onbekend", `Het blad "${keuze.sheet}" bestaat niet in deze werkmap.`);
    case "blad-zonder-kop":
      return mislukt(
        "blad-zonder-kop",
        `Op het blad "${keuze.sheet}" staat geen kopregel van een actielijst (Openstaande acties, Uitvoeringsstatus, Deadline ...).`
      );
    case "geen-actieblad":
      return mislukt(
        "geen-actieblad",
        "Geen actielijst gevonden: geen blad heeft een kopregel met Openstaande acties, Uitvoeringsstatus en Deadline."
      );
  }
}

export function rapporteer(read: SheetRead, opties: ValideerOpties): Uitkomst<ActielijstRapport> {
  const rapport = valideerActielijst(read.grid, {
    peildatum: opties.peildatum,
    binnenkortDagen: opties.binnenkortDagen ?? STANDAARD_BINNENKORT_DAGEN,
    eigenaarNaam: opties.eigenaarNaam,
  });
  if (!rapport)
    return mislukt(
      "blad-zonder-kop",
      `Op het blad "${read.grid.sheet}" staat geen kopregel van een actielijst.`
    );
  return gelukt(rapport);
}
