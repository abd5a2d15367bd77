import {
  HostError,
  type ExcelAnswer,
  type HostDetail,
  type HostReason,
  type HostReasonParams,
  type PartFailure,
  type PartReason,
  type WriteTask,
} from "./ports";

/** A host reason in Dutch; `partial` is the error's flag (part of a batch may have landed). */
type HostBericht<R extends HostReason> = (p: HostReasonParams[R], partial: boolean) => string;

const getal = (n: number) => n.toLocaleString("nl-NL");

/**
 * What Excel's own error codes mean to the user, where Regie knows better than the code. The codes
 * are members of Excel.ErrorCodes (Office.js reference, "Excel.ErrorCodes enum"). A Map, so that a
 * code such as "constructor" finds nothing instead of Object.prototype's function.
 */
const EXCEL_DETAIL = new Map<string, string>([
  [
    "InvalidOperationInCellEditMode",
    "Er wordt nog een cel bewerkt; rond dat eerst af (Enter of Esc).",
  ],
  ["InsertDeleteConflict", "Een tabel, filter of samengevoegde cel staat in de weg."],
  ["MergedRangeConflict", "Samengevoegde cellen staan in de weg."],
  ["ItemAlreadyExists", "Er bestaat al een werkblad of tabel met die naam."],
]);

const ANTWOORD: Record<ExcelAnswer, (sheet: string) => string> = {
  values: (sheet) => `de celwaarden van "${sheet}"`,
  "hidden-rows": (sheet) => `de verborgen rijen van "${sheet}"`,
  fills: (sheet) => `de opvullingen van "${sheet}"`,
  head: (sheet) => `het begin van "${sheet}"`,
};

/** What was being written, as the subject of "... is mislukt". */
export function taakNaam(t: WriteTask): string {
  switch (t.task) {
    case "markeren":
      return "Markeren";
    case "markeringen-wissen":
      return "Markeringen wissen";
    case "vastleggen":
      return "Vastleggen";
    case "vastlegging-verwijderen":
      return "De vastlegging verwijderen";
    case "ongedaan-maken":
      return "Ongedaan maken";
    case "wijzigingen":
      return t.actie;
    case "blad-maken":
      return `Het blad "${t.sheet}" maken`;
    case "dashboard-maken":
      return "Het dashboard maken";
  }
}

/** What the user finds after everything was put back. */
function teruggezet(t: WriteTask): string {
  if (t.task === "blad-maken" && t.replaces)
    return "er is geen half blad achtergebleven; het vorige blad van Regie kan weg zijn: maak het opnieuw.";
  if (t.task === "dashboard-maken" && t.replaces)
    return "de bronbladen zijn niet gewijzigd en er is geen half dashboard achtergebleven; het vorige dashboard van Regie kan weg zijn: maak het opnieuw.";
  return "alles is teruggezet zoals het was.";
}

/** Why a part could not be read, after "onderdeel <part>". */
export const ONDERDEEL_REDEN: Record<PartReason, string> = {
  ontbreekt: "ontbreekt",
  "niet-uit-te-pakken": "niet uit te pakken (beschadigd)",
  "xml-onbekende-entiteit": "geen geldige XML (onbekende entiteit)",
  "xml-niet-afgesloten": "geen geldige XML (een element is niet afgesloten)",
  "xml-ongeldig": "geen geldige XML",
  "buiten-raster":
    "verwijst naar een cel buiten het werkblad van Excel (hoogstens 1.048.576 rijen en 16.384 kolommen, tot en met XFD)",
};

const onderdeel = (p: PartFailure | undefined) =>
  p
    ? `: onderdeel ${p.part}${p.sheet ? ` (blad "${p.sheet}")` : ""} ${ONDERDEEL_REDEN[p.reason]}${p.reference ? `: ${p.reference}` : ""}`
    : "";

/** Why a verslag file could not be read, by kind. */
const DOCUMENT_BERICHT: Record<
  HostReasonParams["document-unreadable"]["soort"],
  (p: HostReasonParams["document-unreadable"]) => string
> = {
  "geen-word": (p) =>
    `${p.file} is geen leesbaar Word-document (.docx): er staat geen document in. Er is niets gelezen of geschreven.`,
  onderdeel: (p) =>
    `${p.file} is geen leesbaar Word-document (.docx)${onderdeel(p.part)}. Er is niets gelezen of geschreven.`,
  versleuteld: (p) =>
    `${p.file} is beveiligd met een wachtwoord, dus Regie kan het niet lezen. Open het in Word, haal het wachtwoord weg (Bestand > Info > Document beveiligen > Versleutelen met wachtwoord, laat het veld leeg), sla het op en probeer het opnieuw.`,
  "oud-word": (p) =>
    `${p.file} is een oud Word-bestand (.doc, Word 97-2003). Open het in Word, sla het op als Word-document (.docx) en probeer het opnieuw.`,
  "geen-tekst": (p) =>
    `${p.file} is geen Word-document (.docx) en geen tekstbestand. Er is niets gelezen of geschreven.`,
  "te-groot": (p) =>
    `${p.file} is groter dan ${getal(p.limitMb ?? 0)} MB; zo groot is een verslag niet. Er is niets gelezen of geschreven.`,
};

/** The Dutch wording of every host error, by reason. */
export const HOST_BERICHTEN: { [R in HostReason]: HostBericht<R> } = {
  "cells-changed": (p) =>
    `Cel ${p.sheet}!${p.cell}${p.others > 0 ? ` en ${p.others} andere` : ""} is gewijzigd sinds de voorvertoning (nu "${p.value}", was "${p.expected}"). Maak een nieuwe voorvertoning.`,
  "cell-holds-formula": (p) =>
    `Cel ${p.sheet}!${p.cell} bevat een formule (${p.formula}); Regie schrijft geen waarde over een formule heen.${p.others > 0 ? ` Nog ${p.others} andere ${p.others === 1 ? "cel wijkt" : "cellen wijken"} af van de voorvertoning.` : ""} Maak een nieuwe voorvertoning.`,
  "sheet-changed": (p) => {
    const wat =
      p.expected === null
        ? "aangemaakt"
        : p.now === null
          ? "verwijderd"
          : p.now > (p.expected ?? 0)
            ? "aangevuld"
            : "ingekort";
    return p.sinds === "lezen"
      ? `Het blad "${p.sheet}" is ${wat} terwijl Regie las (door een collega of een ander taakvenster); Regie schrijft er niet overheen. Probeer het opnieuw.`
      : `Het blad "${p.sheet}" is sinds de voorvertoning ${wat}; Regie schrijft er niet overheen. Maak een nieuwe voorvertoning.`;
  },
  "sheet-missing": (p) => `Het werkblad "${p.sheet}" bestaat niet (meer) in deze werkmap.`,
  "writer-busy": (p) =>
    `Een collega of een ander taakvenster schrijft sinds ${p.since} in deze werkmap; probeer het over enkele seconden opnieuw. Er is niets geschreven.`,
  "write-interrupted": (p) =>
    `Een schrijfactie van Regie die om ${p.since} begon is niet afgemaakt (het taakvenster werd gesloten terwijl Regie schreef). Kijk eerst bovenaan het taakvenster wat er half geschreven is en draai het terug. Er is niets geschreven.`,
  "item-missing": () => "Een werkblad of bereik dat Regie nodig heeft bestaat niet (meer).",
  "structure-protected": () =>
    "De structuur van de werkmap is beveiligd, dus Regie kan geen werkbladen toevoegen, verwijderen of verbergen. Hef die beveiliging op (Controleren > Werkmap beveiligen) en probeer het opnieuw.",
  "sheet-protected": () =>
    "Het werkblad is beveiligd en de beveiliging staat niet toe wat Regie wilde wijzigen (vergrendelde cellen of opmaak). Hef de beveiliging op (Controleren > Blad beveiligen) en probeer het opnieuw.",
  "cells-locked": (p) =>
    `Het blad "${p.sheet}" is beveiligd en cellen die Regie wil wijzigen zijn vergrendeld; er is niets gewijzigd. Ontgrendel die cellen of hef de beveiliging op (Controleren > Blad beveiligen) en probeer het opnieuw.`,
  "payload-too-large": () =>
    "Er gaan te veel gegevens tegelijk tussen Regie en Excel. Maak het werkblad kleiner of gebruik Excel voor Windows of Mac.",
  "excel-failed": (p) =>
    `Excel kon het ${p.phase} niet afronden. ${EXCEL_DETAIL.get(p.excelCode) ?? `(${p.excelCode || p.error})`}`,
  "answer-not-understood": (p) =>
    `Regie begrijpt ${ANTWOORD[p.answer](p.sheet)} die Excel teruggaf niet.`,
  "sheet-not-in-file": (p) => `Het blad "${p.sheet}" staat niet in ${p.file}.`,
  "file-read-only": (p) => `${p.file} is alleen gelezen; Regie schrijft er niet in.`,
  "file-unreadable": (p) => `${p.file} is geen leesbare Excel-werkmap (.xlsx)${onderdeel(p.part)}.`,
  "path-unreadable": (p) =>
    p.part
      ? `Het bestand ${p.path} is geen leesbare Excel-werkmap (.xlsx)${onderdeel(p.part)}. Er is niets geschreven.`
      : `Het bestand ${p.path} is geen leesbare Excel-werkmap (.xlsx).`,
  "file-inflates-too-large": (p) =>
    p.total
      ? `${p.file} pakt uit tot meer dan ${getal(p.limitMb)} MB (bij onderdeel ${p.part}); Regie leest zo'n bestand niet. Er is niets gelezen of gewijzigd.`
      : `Onderdeel ${p.part} van ${p.file} pakt uit tot meer dan ${getal(p.limitMb)} MB; Regie leest zo'n bestand niet. Er is niets gelezen of gewijzigd.`,
  "file-encrypted": (p) =>
    `${p.file} is beveiligd met een wachtwoord, dus Regie kan het niet lezen. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord, laat het veld leeg), sla het op en probeer het opnieuw.`,
  "file-legacy-xls": (p) =>
    `${p.file} is een oud Excel-bestand (.xls, Excel 97-2003). Open het in Excel, sla het op als Excel-werkmap (.xlsx) en probeer het opnieuw.`,
  "document-unreadable": (p) => DOCUMENT_BERICHT[p.soort](p),
  "copy-unloadable": (p) =>
    `Regie kan geen kopie van ${p.path} maken: exceljs, waarmee Regie kopieën schrijft, kan het bestand niet laden (${p.error}). Er is niets geschreven.`,
  "sheet-too-long": (p) =>
    `Blad "${p.sheet}" loopt tot rij ${getal(p.rows)}; Regie leest bladen tot ${getal(p.max)} rijen. Er is niets gelezen of gewijzigd.`,
  "file-sheet-protected": (p) => `Het blad "${p.sheet}" is beveiligd; er is niets gewijzigd.`,
  "sheet-exists": (p) => `Er bestaat al een blad "${p.sheet}".`,
  "sheet-gone": (p) => `Het blad "${p.sheet}" bestaat niet (meer).`,
  "cell-address-invalid": (p) => `Ongeldig celadres "${p.address}".`,
  "chart-address-invalid": (p) => `Ongeldig adres voor grafiek "${p.chart}".`,
  "chart-source-too-small": (p) => `De bron ${p.source} van grafiek "${p.chart}" is te klein.`,
  "chart-color-invalid": (p) => `Ongeldige kleur "${p.color}" voor grafiek "${p.chart}".`,
  "write-failed": (p, partial) => {
    const reden = hostTekst(p.cause, partial);
    switch (p.outcome) {
      case "refused":
        return `${taakNaam(p.task)} is mislukt: ${reden}`;
      case "restored":
        return `${taakNaam(p.task)} is mislukt; ${teruggezet(p.task)} ${reden}`;
      case "not-restored": {
        const deels = partial ? " Een deel van de wijzigingen kan al zijn doorgevoerd." : "";
        const bladen = p.sheets.map((s) => `"${s}"`).join(", ");
        return `${taakNaam(p.task)} is mislukt en niet alles kon worden teruggezet. ${reden}${deels} Controleer de bladen ${bladen} of gebruik Ongedaan maken.`;
      }
    }
  },
};

function hostTekst(detail: HostDetail, partial: boolean): string {
  return woord(detail.reason, detail.params as never, partial);
}

function woord<R extends HostReason>(
  reason: R,
  params: HostReasonParams[R],
  partial: boolean
): string {
  return HOST_BERICHTEN[reason](params, partial);
}

/** A host error as the user reads it: its reason worded, with what `partial` means said. */
export function hostFoutTekst(error: { detail: HostDetail; partial: boolean }): string {
  return hostTekst(error.detail, error.partial);
}

/**
 * Whatever a use-case let through, for the line under "something went wrong": a host error as
 * the table words it, anything else as it describes itself.
 */
export function onverwachtTekst(error: unknown): string {
  if (error instanceof HostError) return hostFoutTekst(error);
  return error instanceof Error ? error.message : String(error);
}
