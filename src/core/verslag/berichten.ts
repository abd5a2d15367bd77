import { datumTekst } from "../dates/iso";
import { verslagBevinding } from "./codes";
export { VERSLAG_KOLOMMEN } from "./kolommen";
import type { VolgendeVergadering } from "./volgende-vergadering";
import type {
  VerslagCode,
  VerslagFinding,
  VerslagFout,
  VerslagFoutCode,
  VerslagFoutParams,
  VerslagParams,
} from "./codes";

/** The Dutch wording of every finding about an action point, by code. */
export const VERSLAG_BERICHTEN: { [C in VerslagCode]: (p: VerslagParams[C]) => string } = {
  "geen-eigenaar": (p) =>
    p.genoemd === ""
      ? "Het actiepunt noemt niemand die het uitvoert; kies zelf een accounthouder."
      : `Het actiepunt noemt niemand die het uitvoert (wel genoemd: ${p.genoemd}); kies zelf een accounthouder.`,
  "eigenaar-dubbelzinnig": (p) =>
    `"${p.tekst}" past bij meer personen in het register: ${ofLijst(p.kandidaten.split("; "))}. Regie kiest niet; kies zelf.`,
  "eigenaar-onbekend": (p) =>
    `"${p.naam}" staat niet in het register; Regie neemt de naam over zoals die geschreven is.`,
  "eigenaar-vertrokken": (p) =>
    p.opvolger
      ? `${p.naam} is vertrokken per ${datumTekst(p.datum)}; opvolger volgens het register: ${p.opvolger}.`
      : `${p.naam} is vertrokken per ${datumTekst(p.datum)}; het register noemt geen opvolger.`,
  "geen-deadline": () => "Het actiepunt noemt geen deadline.",
  "deadline-onleesbaar": (p) =>
    `"${p.tekst}" is geen deadline die de actielijst kan lezen; Regie neemt de tekst over zoals die geschreven is.`,
  "meer-deadlines": (p) =>
    `Het actiepunt noemt meer dan één termijn; Regie nam de eerste ("${p.gekozen}"), niet: ${p.andere
      .split("; ")
      .map((a) => `"${a}"`)
      .join(", ")}.`,
  "volgende-vergadering-onbekend": (p) =>
    `"${p.tekst}": het verslag noemt de datum van het volgende DUO niet. Geef die datum op (in het taakvenster bij Volgende DUO, op de opdrachtregel met --volgende-vergadering DD-MM-JJJJ).`,
  "volgende-vergadering-onzeker": (p) =>
    p.misschien
      ? `Het volgende DUO is op ${datumTekst(p.datum)}, maar wordt mogelijk verplaatst naar ${datumTekst(p.misschien)} ("${p.zin}").`
      : `Het verslag zegt niet met zoveel woorden dat het volgende DUO op ${datumTekst(p.datum)} is ("${p.zin}").`,
  "lijkt-op-bestaande-actie": (p) =>
    `Lijkt op rij ${p.row} van de actielijst (${p.procent}% gelijk: "${p.actie}"), maar Regie weet niet zeker of het dezelfde actie is; kijk of het actiepunt er al staat.`,
};

/** The Dutch wording of every refusal to read a text as a verslag. */
export const VERSLAG_FOUT_BERICHTEN: {
  [C in VerslagFoutCode]: (p: VerslagFoutParams[C]) => string;
} = {
  "verslag-leeg": () => "Het verslag is leeg: er is niets te lezen.",
  "geen-verslag": () =>
    "Dit lijkt geen verslag van het DUO: er staat geen Vergaderdatum en geen Actiepuntenlijst in.",
  "geen-actiepuntenlijst": () =>
    'Het verslag heeft geen Actiepuntenlijst: Regie zoekt een regel "Actiepuntenlijst" met de genummerde actiepunten eronder.',
  "geen-vergaderdatum": () =>
    'Het verslag noemt geen vergaderdatum: Regie zoekt een regel "Vergaderdatum en -tijd" met een datum (bijvoorbeeld 13 januari 2021).',
  "vergaderdatum-zonder-jaar": (p) =>
    `De vergaderdatum "${p.tekst}" heeft geen jaar; schrijf de datum voluit (bijvoorbeeld 13 januari 2021).`,
};

/**
 * The next meeting as the pane's preview states it, once above the items: its date, whose it is,
 * and why it is unsure (the same sentence as the finding "volgende-vergadering-onzeker").
 */
export function volgendeVergaderingBericht(
  volgende: VolgendeVergadering | null,
  inVerslag: VolgendeVergadering | null
): string {
  if (!volgende)
    return 'Het verslag noemt de datum van het volgende DUO niet: een actiepunt "voor het volgende DUO" krijgt pas een deadline als u die datum opgeeft bij Volgende DUO.';
  const datum = datumTekst(volgende.datum);
  if (volgende.bron === "gebruiker")
    return inVerslag && inVerslag.datum !== volgende.datum
      ? `Het volgende DUO is op ${datum}, zoals u opgaf; het verslag noemt ${datumTekst(inVerslag.datum)}.`
      : `Het volgende DUO is op ${datum}, zoals u opgaf.`;
  if (volgende.zeker)
    return `Het volgende DUO is op ${datum}, volgens het verslag ("${volgende.zin ?? ""}").`;
  return `${verslagBericht(
    verslagBevinding("volgende-vergadering-onzeker", {
      datum: volgende.datum,
      misschien: volgende.misschien ?? "",
      zin: volgende.zin ?? "",
    })
  )} Deadlines die daarop rusten krijgen een "?"; klopt de datum, vul hem dan in bij Volgende DUO.`;
}

export function verslagBericht(f: VerslagFinding): string {
  return (VERSLAG_BERICHTEN[f.code] as (p: VerslagFinding["params"]) => string)(f.params);
}

export function verslagFoutBericht(f: VerslagFout): string {
  return (VERSLAG_FOUT_BERICHTEN[f.code] as (p: VerslagFout["params"]) => string)(f.params);
}

function ofLijst(namen: readonly string[]): string {
  return namen.length <= 1
    ? namen.join("")
    : `${namen.slice(0, -1).join(", ")} of ${namen[namen.length - 1]}`;
}
