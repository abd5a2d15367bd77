import { datumTekst as datum } from "../dates/iso";
import type {
  MijlpaalCode,
  MijlpaalFinding,
  MijlpaalFoutCode,
  MijlpaalFoutParams,
  MijlpaalParams,
  MijlpalenFout,
} from "./codes";
import type { Bestemming, Herkomst } from "./dashboard-schema";
import type { RegioBevinding, RegioCode, RegioParams } from "./regio/codes";
import type { RegioFout } from "./regio/gemeente";

/** One wording for both domains: the file holds formulas whose result it does not hold. */
export const NIET_BEREKEND = (p: { aantal: number; cellen: string }): string =>
  Number(p.aantal) === 1
    ? `Formule zonder berekende waarde in cel ${p.cellen}; open en bewaar het bestand in Excel. Regie leest deze cel als leeg.`
    : `Formules zonder berekende waarde in ${p.aantal} cellen (${p.cellen}); open en bewaar het bestand in Excel. Regie leest deze cellen als leeg.`;

/** Both domains, when dates were read from date serials: the workbook counts them from 1904. */
export const DATUMSTELSEL_1904 =
  "Deze werkmap telt datums in het datumstelsel 1904 (van oude Mac-werkmappen); Regie leest de datums daarin, zoals Excel ze toont.";

/** Both domains: the host showed no date cell to tell the date system by (Excel only; a file tells). */
export const DATUMSTELSEL_AANGENOMEN =
  "Regie kon niet zien welk datumstelsel deze werkmap gebruikt (Excel toonde geen datumcel om het aan af te lezen) en gaat uit van 1900, de standaard van Excel. Staan de datums 4 jaar en 1 dag te vroeg, dan gebruikt de werkmap het stelsel 1904: controleer haar dan met de opdrachtregel.";

/** The params of every code the dashboard words: its findings' and its refusals'. */
export type MijlpaalBerichtParams = MijlpaalParams & MijlpaalFoutParams;
type BerichtParams = MijlpaalBerichtParams;

type Gedeeld = Extract<MijlpaalCode, MijlpaalFoutCode>;
/** Fails to compile, naming the code, when a code is both a finding and a refusal. */
const GESCHEIDEN: [Gedeeld] extends [never] ? true : { inBeide: Gedeeld } = true;
void GESCHEIDEN;

/** The Dutch wording of every finding and every refusal of the milestone dashboard, by code. */
export const MIJLPAAL_BERICHTEN: {
  [C in MijlpaalCode | MijlpaalFoutCode]: (p: BerichtParams[C]) => string;
} = {
  "adresid-ontbreekt": () => "Rij zonder Adres-ID; de rij telt niet mee.",
  "formule-niet-berekend": (p) => NIET_BEREKEND(p),
  "rijen-verborgen": (p) =>
    `In blad ${p.sheet} ${Number(p.aantal) === 1 ? "is 1 rij" : `zijn ${p.aantal} rijen`} verborgen of weggefilterd; ze tellen wel mee.`,
  "datumstelsel-1904": () => DATUMSTELSEL_1904,
  "datumstelsel-aangenomen": () => DATUMSTELSEL_AANGENOMEN,
  "adresid-afgerond": (p) =>
    `Adres-ID ${p.adresId} staat als getal; Excel bewaart 15 cijfers, dus de laatste cijfers kunnen verloren zijn. Zet de kolom op Tekst.`,
  "adres-dubbel": (p) =>
    `Adres ${p.adresId} staat meer dan eens${p.kwartaal ? ` in ${p.kwartaal}` : ""} (eerst in ${p.eersteCel}); het telt één keer mee, met de eerste rij.`,
  "fase-ontbreekt": (p) => `Adres ${p.adresId} heeft geen fase; het telt niet mee.`,
  "fase-onbekend": (p) =>
    `Onbekende fase "${p.tekst}" bij adres ${p.adresId}; kies ${FASELIJST}. Het adres telt niet mee.`,
  "fase-terug": (p) =>
    `Adres ${p.adresId} gaat terug van ${p.van} (${p.vorigKwartaal}) naar ${p.naar} (${p.kwartaal}).`,
  "datum-onleesbaar": (p) =>
    `Datum ${String(p.mijlpaal).toLowerCase()} "${p.tekst}" bij adres ${p.adresId} is geen datum; de mijlpaal telt niet mee.`,
  "datum-onwaarschijnlijk": (p) =>
    `Datum ${String(p.mijlpaal).toLowerCase()} ${datum(p.datum)} bij adres ${p.adresId} ligt vóór 2000; de mijlpaal telt niet mee.`,
  "datum-na-peildatum": (p) =>
    `Datum ${String(p.mijlpaal).toLowerCase()} ${datum(p.datum)} bij adres ${p.adresId} ligt na de peildatum ${datum(p.peildatum)}; de mijlpaal telt nog niet mee.`,
  "datums-volgorde": (p) =>
    `Datum ${String(p.mijlpaal).toLowerCase()} ${datum(p.datum)} bij adres ${p.adresId} ligt vóór datum ${String(p.eerder).toLowerCase()} ${datum(p.eerderDatum)}; de datums zijn niet omgezet.`,
  "resultaat-zonder-datum": (p) =>
    `Adres ${p.adresId} "${p.tekst}", maar zonder datum beoordeling of datum voltooid; het telt niet als voltooid.`,
  "kwartaal-onbekend": (p) =>
    `Uit de bladnaam "${p.sheet}" blijkt geen kwartaal; geef het kwartaal op. Het blad telt niet mee.`,
  "kwartaal-dubbel": (p) =>
    `Blad "${p.sheet}" is ook ${p.kwartaal}, net als blad "${p.eerderBlad}"; alleen dat eerste blad telt mee.`,
  "kwartaal-na-peildatum": (p) =>
    `Blad "${p.sheet}" (${p.kwartaal}) begint na de peildatum ${datum(p.peildatum)}; het blad telt niet mee.`,
  "kwartaal-lopend": (p) =>
    `${p.kwartaal} loopt nog op de peildatum ${datum(p.peildatum)}; het blad "${p.sheet}" staat als lopende stand apart.`,
  "kwartaal-ontbreekt": (p) =>
    `Er is geen blad voor ${p.kwartaal} (tussen ${p.vorig} en ${p.volgend}).`,
  "totaal-veranderd": (p) =>
    `Het totaal gaat van ${p.vorig} (${p.vorigKwartaal}) naar ${p.nu} (${p.kwartaal}): ${p.erbij} adressen erbij, ${p.weg} weg.`,
  "peildatum-ongeldig": (p) => `De peildatum "${p.peildatum}" is geen datum (JJJJ-MM-DD).`,
  "geen-indeling": () =>
    "Geen blad met een kop met Adres-ID en Fase, of Adres-ID en datums per mijlpaal, in de eerste tien rijen.",
  "indeling-gemengd": (p) =>
    `Gekozen zijn zowel bladen per kwartaal (${p.momentopnamen}) als mijlpaaldatums (${p.mijlpaalBladen}); kies één van beide.`,
  "geen-kwartaal": (p) =>
    `Uit geen van de bladnamen (${p.bladen}) blijkt een kwartaal; geef bij elk blad het kwartaal op.`,
};

const FASELIJST = "Nog niet gestart, Opname, Beoordeling, Planvorming, Uitvoering of Voltooid";

/** The movement between quarters as the dashboard sheet, the pane and the command line word it. */
/**
 * A dashboard finding in words, looked up in this domain's table only: the action list has codes of
 * the same name ("rijen-verborgen") with other params, and its wording would say "(undefined)".
 */
export function mijlpaalBericht(finding: MijlpaalFinding | MijlpalenFout): string {
  return woord(finding);
}

function woord<C extends MijlpaalCode | MijlpaalFoutCode>(m: {
  code: C;
  params: BerichtParams[C];
}): string {
  return MIJLPAAL_BERICHTEN[m.code](m.params);
}

export const DOORSTROOM_WOORDEN = {
  kop: "Doorstroom per kwartaal",
  /** The sheet lists the newest pair first: that is the one that must make the printed page. */
  bladKop: "Doorstroom per kwartaal (nieuwste eerst)",
  kolommen: ["Kwartalen", "Van", "Naar", "Adressen"],
  voltooidBereikt: "Voltooid bereikt",
  geenVerandering: "Geen verandering",
  afdruk: (op: number, van: number) =>
    `Op de afgedrukte pagina de nieuwste ${op} van de ${van} kwartaalovergangen; de rest staat hieronder.`,
  eenKwartaal: "Doorstroom is er pas met twee kwartalen.",
  /** The places outside the counts: not in the list, or in it without a readable phase. */
  buiten: {
    nieuw: "Nieuw in de lijst",
    "zonder-fase": "Zonder fase",
    weg: "Niet meer in de lijst",
  },
  paar: (vorig: string, nu: string, lopend: boolean, pijl = "→") =>
    `${vorig} ${pijl} ${nu}${lopend ? " (lopend)" : ""}`,
} as const;

/** A place of the movement table in words: the phase itself, or where an address came from or went. */
export function plekNaam(plek: Herkomst | Bestemming): string {
  return plek in DOORSTROOM_WOORDEN.buiten
    ? DOORSTROOM_WOORDEN.buiten[plek as keyof typeof DOORSTROOM_WOORDEN.buiten]
    : plek;
}

/** "Eemsdelta", "Eemsdelta en Oldambt", "Eemsdelta, Oldambt en Pekela". */
export function opsomming(namen: readonly string[]): string {
  return namen.length <= 1
    ? (namen[0] ?? "")
    : `${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}`;
}

/**
 * The Dutch wording of every finding across the gemeenten's workbooks, by code. The workbook a
 * finding is about is its `bron`, shown beside it; the wording names the other one.
 */
export const REGIO_BERICHTEN: { [C in RegioCode]: (p: RegioParams[C]) => string } = {
  "gemeente-dubbel": (p) =>
    `Deze werkmap is ook van ${p.gemeente}, net als ${p.eerderBron}: de regio telt ${p.gemeente} zo twee keer${p.gedeeld > 0 ? ` (${p.gedeeld === 1 ? "1 adres staat" : `${p.gedeeld} adressen staan`} in beide)` : ""}. Kies één werkmap per gemeente.`,
  "gemeente-van-ander-bestand": (p) =>
    `De kolom Gemeente noemt hier ook "${p.genoemd}", de gemeente van ${p.anderBron}; die adressen tellen mee bij ${p.gemeente}, niet bij ${p.genoemd}. Staan ze in de goede werkmap?`,
  "adres-in-twee-gemeenten": (p) =>
    `Adres ${p.adresId} staat bij ${p.gemeente} en ook bij ${p.eerderGemeente} (${p.eerderBron}, ${p.eerderCel}); de regio telt het twee keer.`,
};

/** A finding across workbooks in words (without the workbook it is about: that is its `bron`). */
export function regioBericht(b: RegioBevinding): string {
  return regioWoord(b);
}

function regioWoord<C extends RegioCode>(b: { code: C; params: RegioParams[C] }): string {
  return REGIO_BERICHTEN[b.code](b.params);
}

/** A workbook that gives no dashboard: the file first, then why. */
export function regioFoutBericht(f: RegioFout): string {
  return f.bron === undefined
    ? mijlpaalBericht(f.fout)
    : `In ${f.bron}: ${mijlpaalBericht(f.fout)}`;
}

/** How the region's table, the pane and the command line mark a quarter some gemeente lacks. */
export const REGIO_WOORDEN = {
  onvolledig: (ontbrekend: readonly string[]) => `onvolledig: zonder ${opsomming(ontbrekend)}`,
  regio: "Regio",
} as const;
