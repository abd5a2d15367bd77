import { datumTekst } from "../core/dates/iso";
import { MIJLPAAL_BERICHTEN } from "../core/mijlpalen";
import { VERSLAG_FOUT_BERICHTEN } from "../core/verslag/berichten";
import { hostFoutTekst } from "./host-berichten";
import type { Refusal, HostWeigering, WeigeringCode, WeigeringParams } from "./outcome";

type Bericht<C extends WeigeringCode> = (p: WeigeringParams[C]) => string;

const getal = (n: number) => n.toLocaleString("nl-NL");

const host = (p: HostWeigering) => hostFoutTekst(p);

/** The Dutch wording of every refusal of the use-cases, by code. */
export const WEIGERING_BERICHTEN: { [C in WeigeringCode]: Bericht<C> } = {
  afgebroken: () => "Afgebroken: er is niets gewijzigd.",
  "host-protected": host,
  "host-sync-failed": host,
  "host-too-large": host,
  "host-closed": host,
  "host-missing-sheet": host,
  "host-unreadable": host,
  "host-changed": host,
  "host-busy": host,
  "host-interrupted": host,
  // The milestone core's refusals are worded by that domain's own table.
  "peildatum-ongeldig": (p) => MIJLPAAL_BERICHTEN["peildatum-ongeldig"](p),
  "geen-indeling": (p) => MIJLPAAL_BERICHTEN["geen-indeling"](p),
  "indeling-gemengd": (p) => MIJLPAAL_BERICHTEN["indeling-gemengd"](p),
  "geen-kwartaal": (p) => MIJLPAAL_BERICHTEN["geen-kwartaal"](p),
  // A text that is no verslag, or one without what Actiepunten uit verslag reads: that domain's words.
  "verslag-leeg": (p) => VERSLAG_FOUT_BERICHTEN["verslag-leeg"](p),
  "geen-verslag": (p) => VERSLAG_FOUT_BERICHTEN["geen-verslag"](p),
  "geen-actiepuntenlijst": (p) => VERSLAG_FOUT_BERICHTEN["geen-actiepuntenlijst"](p),
  "geen-vergaderdatum": (p) => VERSLAG_FOUT_BERICHTEN["geen-vergaderdatum"](p),
  "vergaderdatum-zonder-jaar": (p) => VERSLAG_FOUT_BERICHTEN["vergaderdatum-zonder-jaar"](p),
  "lege-werkmap": () => "De werkmap heeft geen bladen.",
  "blad-onbekend": (p) =>
    `Het blad "${p.blad}" bestaat niet in deze werkmap.` +
    (p.bladen.length > 0 ? ` De werkmap heeft: ${p.bladen.map((b) => `"${b}"`).join(", ")}.` : ""),
  "blad-zonder-kop": (p) =>
    p.uitleg
      ? `Op het blad "${p.blad}" staat geen kopregel van een actielijst (Openstaande acties, Uitvoeringsstatus, Deadline ...).`
      : `Op het blad "${p.blad}" staat geen kopregel van een actielijst.`,
  "geen-actieblad": () =>
    "Geen actielijst gevonden: geen blad heeft een kopregel met Openstaande acties, Uitvoeringsstatus en Deadline.",
  beveiligd: (p) =>
    `Het blad "${p.blad}" is beveiligd. Hef de beveiliging op om ${p.bij === "markeren" ? "te markeren" : "de keuzelijst te zetten of te verwijderen"}; er is niets gewijzigd.`,
  "te-groot": (p) =>
    p.blad === undefined
      ? `De bladen hebben samen ${getal(p.rijen)} rijen; Regie leest tot ${getal(p.grens)} rijen tegelijk. Er is niets gelezen of gewijzigd.`
      : `Blad "${p.blad}" loopt tot rij ${getal(p.rijen)}; Regie leest bladen tot ${getal(p.grens)} rijen. Staat er ergens ver onderaan nog iets? Er is niets gelezen of gewijzigd.`,
  "geen-register": () =>
    "Er is nog geen register van accounthouders: maak er eerst een met Register opbouwen.",
  "leeg-register": () => "Het register is leeg: er is niets geschreven.",
  "dubbele-naam": () =>
    "Twee personen hebben dezelfde naam; pas er één aan. Er is niets geschreven.",
  "register-bestaat": (p) =>
    `Er is al een blad "${p.blad}"; Regie overschrijft het niet. Sla het voorstel op als nieuw blad, of pas het register met de hand aan.`,
  "blad-bestaat": (p) =>
    `Er is intussen een blad "${p.blad}"; Regie overschrijft het niet. Maak het voorstel opnieuw: het krijgt dan een vrije naam.`,
  "niets-terug": (p) =>
    p.rij === undefined
      ? "Er is geen verschoven rij om terug te zetten."
      : `Rij ${p.rij} is niet terug te zetten; valideer opnieuw.`,
  "voorvertoning-verouderd": (p) =>
    p.cellen
      ? `Rij ${p.rij} is veranderd sinds het valideren (${p.cellen.join(", ")}); er is niets gewijzigd. Bekijk de nieuwe voorvertoning.`
      : `Rij ${p.rij} lijkt niet meer verschoven of is niet meer terug te zetten; er is niets gewijzigd.`,
  "geen-vastlegging": (p) =>
    p.datum
      ? `Er is geen vastlegging voor het DUO van ${datumTekst(p.datum)}.`
      : "Er is nog geen vastlegging: leg de lijst eerst vast voor een DUO, of kies een bestand.",
  "vastleggingen-onbekend": (p) =>
    `Het blad "${p.blad}" heeft niet de kopregel die Regie schrijft (DUO van, Vastgelegd op, Rij, ...). Geef het blad een andere naam; Regie maakt dan een nieuw.`,
  "ongeldige-cel": () => "Een wijziging wijst naar een ongeldige cel; er is niets gewijzigd.",
  "niets-ongedaan": () => "Er is geen wijziging van Regie om ongedaan te maken.",
  "al-ongedaan": () =>
    "Deze wijziging is intussen al ongedaan gemaakt, in een ander taakvenster of door een collega. Er is niets gewijzigd.",
  "geen-statuskolom": (p) =>
    `Het blad "${p.blad}" heeft geen kolom Uitvoeringsstatus met acties eronder; er is geen keuzelijst te maken.`,
  "keuzelijst-niet-hier": () =>
    "Een keuzelijst in het blad kan Regie alleen in Excel maken, niet in een bestand.",
  "keuzelijst-al-aanwezig": (p) =>
    `Elke statuscel van "${p.blad}" heeft de keuzelijst van Regie al; er is niets te doen.`,
  "geen-keuzelijst": (p) =>
    `Geen statuscel van "${p.blad}" heeft de keuzelijst van Regie; er is niets te verwijderen.`,
  "keuzelijst-verouderd": (p) =>
    `De gegevensvalidatie van ${p.blad}!${p.cel} is veranderd sinds de voorvertoning; er is niets gewijzigd. Bekijk de nieuwe voorvertoning.`,
  "instellingen-niet-bewaard": (p) =>
    `De instellingen konden niet in de werkmap worden bewaard${p.reden ? ` (${p.reden})` : ""}. Ze gelden nu alleen in dit taakvenster; probeer het opnieuw of sla de werkmap op.`,
};

function woord<C extends WeigeringCode>(code: C, params: WeigeringParams[C]): string {
  return WEIGERING_BERICHTEN[code](params);
}

/**
 * A refusal as the user reads it, in Dutch: the one sentence the pane, the ribbon and the command
 * line show, prefixed with the file it is about when that is not the workbook at hand.
 */
export function foutTekst(fout: Refusal): string {
  const tekst = woord(fout.code, fout.params as never);
  return fout.file ? `In ${fout.file}: ${tekst}` : tekst;
}
