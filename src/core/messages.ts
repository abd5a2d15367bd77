import { datumTekst } from "./dates/iso";
import type { Finding } from "./findings";
import { MIJLPAAL_BERICHTEN } from "./mijlpalen/berichten";

type Params = Record<string, string | number>;
type Bericht = (p: Params) => string;

const STATUSLIJST = "Nog niet gestart, In voorbereiding, In uitvoering, Gereed of Verstuurd";

/**
 * The Dutch wording of every finding, by code. Checks produce data; only this module words it (the
 * milestone dashboard keeps its long list in mijlpalen/berichten.ts, looked up here as well).
 */
const BERICHTEN: Record<string, Bericht> = {
  "status-ontbreekt": () => "Status ontbreekt.",
  "cel-foutwaarde": (p) =>
    `De cel bevat de Excel-fout ${p.tekst}; Regie kan niet lezen wat er had moeten staan.`,
  "status-onbekend": (p) => `Onbekende status "${p.tekst}"; kies ${STATUSLIJST}.`,
  "status-synoniem": (p) => `"${p.tekst}" is geen vaste status; bedoeld is "${p.status}".`,
  "status-bijna": (p) =>
    `Status "${p.tekst}" bestaat niet; bedoeld is waarschijnlijk "${p.status}".`,
  "status-schrijfwijze": (p) => `Status "${p.tekst}" schrijft u als "${p.status}".`,
  "deadline-onleesbaar": (p) =>
    `Deadline "${p.tekst}" is niet als datum, maand of kwartaal te lezen.`,
  "deadline-niet-concreet": (p) => `Open actie zonder concrete deadline ("${p.tekst}").`,
  "deadline-doorlopend": (p) => `Doorlopende actie zonder einddatum ("${p.tekst}").`,
  "deadline-onzeker": (p) => `Deadline "${p.tekst}" is onzeker; aangehouden: ${datum(p.due)}.`,
  "deadline-verzonden-open": (p) => `Deadline meldt "${p.tekst}", maar de status is "${p.status}".`,
  "accounthouder-ontbreekt": () => "Open actie zonder accounthouder.",
  "accounthouder-ntb": () => "Accounthouder is nog niet bepaald (N.t.b.).",
  "rij-verschoven": (p) =>
    `De cellen van rij ${p.row} lijken een kolom naar ${p.richting} verschoven.`,
  "actie-lijkt-onderwerp": (p) =>
    `De actie "${p.tekst}" lijkt een onderwerp; staat de rij in de goede kolommen?`,
  "actie-verlopen": (p) =>
    `Deadline ${datum(p.due)} is ${dagen(p.dagen)} verstreken (peildatum ${datum(p.peildatum)}).`,
  "actie-binnenkort": (p) =>
    Number(p.dagen) === 0
      ? `Deadline ${datum(p.due)} is vandaag.`
      : `Deadline ${datum(p.due)} valt over ${dagen(p.dagen)}.`,
  "accounthouder-vertrokken": (p) =>
    `${p.naam} is per ${datum(p.datum)} vertrokken maar heeft nog deze open actie${p.opvolger ? `; opvolger is ${p.opvolger}` : ""}.`,
  "register-naam-ontbreekt": (p) => `Rij ${p.row} van het register heeft geen naam.`,
  "register-naam-dubbel": (p) => `"${p.naam}" staat twee keer in het register.`,
  "register-alias-dubbel": (p) => `Alias "${p.alias}" staat twee keer bij dezelfde persoon.`,
  "register-alias-twee-personen": (p) =>
    `Alias "${p.alias}" hoort bij twee personen: ${p.naam} en ${p.ander}. Regie gebruikt hem voor geen van beiden.`,
  "register-opvolger-onbekend": (p) =>
    `Opvolger "${p.opvolger}" van ${p.naam} staat niet in het register.`,
  "register-datum-onleesbaar": (p) => `"Vertrokken per" (${p.tekst}) is geen datum.`,
  "rijen-verborgen": (p) =>
    `${p.aantal} ${Number(p.aantal) === 1 ? "actie staat" : "acties staan"} in verborgen of weggefilterde rijen (${p.rijen}); ze zijn wel gecontroleerd.`,
  "kop-herhaald": (p) =>
    `Kopregel herhaald op rij ${p.row}; de rijen eronder horen bij dezelfde lijst.`,
  "kolom-ontbreekt": (p) =>
    `Kolom "${KOLOMNAMEN[String(p.kolom)] ?? p.kolom}" ontbreekt in de kop op rij ${p.row}.`,
};

const KOLOMNAMEN: Record<string, string> = {
  doel: "Randvoorwaarde realisatie doelen",
  onderwerp: "Onderwerpen",
  actie: "Openstaande acties",
  accounthouder: "Account-houder DUO",
  status: "Uitvoeringsstatus",
  opdracht: "Opdracht DUO",
  deadline: "Deadline",
  opmerking: "Opmerking",
};

/** The finding in one Dutch sentence. */
export function bericht(finding: Pick<Finding, "code" | "params">): string {
  const maak =
    BERICHTEN[finding.code] ?? (MIJLPAAL_BERICHTEN as Record<string, Bericht>)[finding.code];
  return maak ? maak(finding.params) : `Bevinding ${finding.code}.`;
}

/** 2021-03-01 -> 1-3-2021, as the secretariaat writes dates. */
export const datum = datumTekst;

function dagen(n: string | number | undefined): string {
  return Number(n) === 1 ? "1 dag" : `${n} dagen`;
}
