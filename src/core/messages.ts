import { isActielijstCode, type ActielijstCode, type ActielijstParams } from "./actielijst/codes";
import {
  ACCOUNTHOUDER_BERICHTEN,
  ACCOUNTHOUDER_SOORTEN,
  isAccounthouderCode,
  type AccounthouderCode,
  type AccounthouderParams,
} from "./accounthouders/berichten";
import { datumTekst } from "./dates/iso";
import { DATUMSTELSEL_1904, DATUMSTELSEL_AANGENOMEN, NIET_BEREKEND } from "./mijlpalen/berichten";

export type { ActielijstCode } from "./actielijst/codes";

const STATUSLIJST = "Nog niet gestart, In voorbereiding, In uitvoering, Gereed of Verstuurd";

/**
 * What kind of finding a code is, without the particulars of one cell: the heading over a group
 * of them ("11 x Open actie zonder concrete deadline"). Where a message starts with its kind, the
 * message below uses this text.
 */
const SOORTEN: Record<ActielijstCode, string> = {
  "status-ontbreekt": "Status ontbreekt",
  "cel-foutwaarde": "Excel-fout in de cel",
  "status-onbekend": "Onbekende status",
  "status-synoniem": "Geen vaste status",
  "status-bijna": "Status met een tikfout",
  "status-schrijfwijze": "Status anders geschreven",
  "deadline-onleesbaar": "Onleesbare deadline",
  "deadline-niet-concreet": "Open actie zonder concrete deadline",
  "deadline-doorlopend": "Doorlopende actie zonder einddatum",
  "deadline-onzeker": "Onzekere deadline",
  "deadline-verzonden-open": "Deadline meldt verzonden, status is open",
  "accounthouder-ontbreekt": "Open actie zonder accounthouder",
  "accounthouder-ntb": "Accounthouder is nog niet bepaald (N.t.b.)",
  "accounthouder-vertrokken": "Open actie van een vertrokken accounthouder",
  "rij-verschoven": "Rij lijkt een kolom verschoven",
  "actie-lijkt-onderwerp": "Actie lijkt een onderwerp",
  "actie-verlopen": "Verlopen actie",
  "actie-binnenkort": "Actie verloopt binnenkort",
  "kop-herhaald": "Kopregel herhaald",
  "lijst-leeg": "Lijst zonder acties",
  "rijen-verborgen": "Acties in verborgen rijen",
  "formule-niet-berekend": "Formule zonder berekende waarde",
  "kolom-ontbreekt": "Kolom ontbreekt in de kop",
  "datumstelsel-1904": "Datumstelsel 1904",
  "datumstelsel-aangenomen": "Datumstelsel aangenomen",
  "register-naam-ontbreekt": "Register: rij zonder naam",
  "register-naam-dubbel": "Register: naam staat er twee keer",
  "register-alias-dubbel": "Register: alias dubbel bij dezelfde persoon",
  "register-alias-twee-personen": "Register: alias bij twee personen",
  "register-opvolger-onbekend": "Register: onbekende opvolger",
  "register-datum-onleesbaar": "Register: onleesbare datum bij Vertrokken per",
};

/**
 * The Dutch wording of every finding of the action list and the accounthouders, by code. Checks
 * produce data; only this module words them (the dashboard words its own: mijlpaalBericht).
 */
const BERICHTEN: { [C in ActielijstCode]: (p: ActielijstParams[C]) => string } = {
  "status-ontbreekt": () => `${SOORTEN["status-ontbreekt"]}.`,
  "cel-foutwaarde": (p) =>
    `De cel bevat de Excel-fout ${p.tekst}; Regie kan niet lezen wat er had moeten staan.`,
  "status-onbekend": (p) => `Onbekende status "${p.tekst}"; kies ${STATUSLIJST}.`,
  "status-synoniem": (p) => `"${p.tekst}" is geen vaste status; bedoeld is "${p.status}".`,
  "status-bijna": (p) =>
    `Status "${p.tekst}" bestaat niet; bedoeld is waarschijnlijk "${p.status}".`,
  "status-schrijfwijze": (p) => `Status "${p.tekst}" schrijft u als "${p.status}".`,
  "deadline-onleesbaar": (p) =>
    `Deadline "${p.tekst}" is niet als datum, maand of kwartaal te lezen.`,
  "deadline-niet-concreet": (p) => `${SOORTEN["deadline-niet-concreet"]} ("${p.tekst}").`,
  "deadline-doorlopend": (p) => `${SOORTEN["deadline-doorlopend"]} ("${p.tekst}").`,
  "deadline-onzeker": (p) => `Deadline "${p.tekst}" is onzeker; aangehouden: ${datum(p.due)}.`,
  "deadline-verzonden-open": (p) => `Deadline meldt "${p.tekst}", maar de status is "${p.status}".`,
  "accounthouder-ontbreekt": () => `${SOORTEN["accounthouder-ontbreekt"]}.`,
  "accounthouder-ntb": () => `${SOORTEN["accounthouder-ntb"]}.`,
  "rij-verschoven": (p) =>
    `De cellen van rij ${p.row} lijken een kolom naar ${p.richting} verschoven. Regie leest ze alsof ze in hun eigen kolom staan: status ${leegOf(p.status)}, accounthouder ${leegOf(p.accounthouder)}, deadline ${leegOf(p.deadline)}. ${
      p.terug === "nee"
        ? "Zet ze met de hand terug: terugzetten zou een cel wissen of een formule verplaatsen."
        : "Met Zet rij terug staan ze weer in hun kolommen."
    }`,
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
  "formule-niet-berekend": (p) => NIET_BEREKEND(p),
  "datumstelsel-1904": () => DATUMSTELSEL_1904,
  "datumstelsel-aangenomen": () => DATUMSTELSEL_AANGENOMEN,
  "lijst-leeg": (p) =>
    `Onder de kopregel op rij ${p.row} staat geen enkele actie: de lijst is leeg. Is dit het goede blad?`,
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

/**
 * The codes `bericht` words: the action list's and the accounthouders'. They are looked up in one
 * table, so a code in both would take the params of both: the sets must be disjoint (checked below).
 *
 * The dashboard's codes are not among them, although two have the same name ("rijen-verborgen",
 * "formule-niet-berekend"): each domain says them of its own input, with its own params (a hidden
 * row is an action checked there, or an address counted there). Each domain looks up only its own
 * table: a dashboard finding worded here said "(undefined)". Its params now make that a compile
 * error: `bericht` wants the action list's params for "rijen-verborgen" (`rijen`), the dashboard's
 * finding has the dashboard's (`sheet`).
 */
type BerichtParams = ActielijstParams & AccounthouderParams;
type BerichtCode = keyof BerichtParams;

type Gedeeld = Extract<ActielijstCode, AccounthouderCode>;
/** Fails to compile, naming the code, when a code is both the action list's and the accounthouders'. */
const GESCHEIDEN: [Gedeeld] extends [never] ? true : { inBeideDomeinen: Gedeeld } = true;
void GESCHEIDEN;

const ALLE_BERICHTEN: { [C in BerichtCode]: (p: BerichtParams[C]) => string } = {
  ...BERICHTEN,
  ...ACCOUNTHOUDER_BERICHTEN,
};

/**
 * The finding in one Dutch sentence: of the action list and the accounthouders (a RapportFinding);
 * the dashboard's are worded by mijlpaalBericht.
 */
export function bericht<C extends BerichtCode>(finding: {
  code: C;
  params: BerichtParams[C];
}): string {
  return ALLE_BERICHTEN[finding.code](finding.params);
}

/**
 * The kind of a finding, as a group heading: "Open actie zonder concrete deadline". Takes any code
 * (a group's, as text): an unknown one is named as it is.
 */
export function soort(code: string): string {
  if (isActielijstCode(code)) return SOORTEN[code];
  if (isAccounthouderCode(code)) return ACCOUNTHOUDER_SOORTEN[code];
  return `Bevinding ${code}`;
}

/** 2021-03-01 -> 01-03-2021: every date in a message as dd-mm-jjjj. */
export const datum = datumTekst;

/** Every code of the action list's findings (the keys of its total wording table). */
export const ACTIELIJST_CODES = Object.keys(BERICHTEN) as ActielijstCode[];

function leegOf(tekst: string | number | undefined): string {
  return tekst === undefined || tekst === "" ? "(leeg)" : `"${tekst}"`;
}

function dagen(n: string | number | undefined): string {
  return Number(n) === 1 ? "1 dag" : `${n} dagen`;
}
