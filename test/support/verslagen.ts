import JSZip from "jszip";

/**
 * Verslagen of the DUO written for the tests, in the style of the minutes of 13 January 2021
 * (../shared/fixtures/verslag-duo-2021-01-13.txt): the NCG's letter head, Vergaderdatum en -tijd,
 * the Actiepuntenlijst, the Besluitenlijst, the Vergaderpunten with Mededelingen, and page headers
 * where a page breaks, in the middle of a sentence too. As text (what a conversion gives, or a
 * user pastes) and as a .docx (as Word saves it, or as a conversion from a PDF leaves it).
 */
export interface VerslagSpec {
  /** "3 maart 2021, 15.00 uur – 16.30 uur"; omit for a verslag without one. */
  vergaderdatum?: string;
  /** Item texts; "{KOP}" marks where a page ends (a page header comes in, mid-sentence). */
  actiepunten: string[];
  besluiten?: string[];
  mededelingen?: string[];
  /** Closing lines under Rondvraag en sluiting. */
  slot?: string[];
  /** Write "Actiepuntenlijst:" (default true): false makes a verslag without one. */
  metLijst?: boolean;
  /** How items are numbered in the text: roman (default), arabic or letters. */
  nummering?: "romeins" | "cijfers" | "letters";
}

/** A verslag of 3 March 2021 in the same style, with what the 13 January one lacks. */
export const MAART_2021: VerslagSpec = {
  vergaderdatum: "3 maart 2021, 15.00 uur – 16.30 uur",
  actiepunten: [
    "Henk maakt uiterlijk 15 april een voorstel voor de {KOP} financiële governance.",
    "Anja Woortman en Peter komen voor het volgende DUO met een notitie over blok C.",
    "0)(2e) stuurt begin mei de planning rond aan de leden van het DUO.",
    "Voor het volgende DUO maakt Nicoline een overzicht van de openstaande {KOP} aanvragen.",
    "De evaluatie van de typologieaanpak wordt na de zomer door BZK en NCG opgesteld.",
    "Johan Koopmans organiseert zo spoedig mogelijk een gesprek met de gemeentesecretarissen. Marc en Bert sluiten daarbij aan.",
    "Het onderwerp klantreis komt terug op de agenda.",
    "Susan Top zal in het tweede kwartaal de communicatie met de bewoners evalueren.",
    "10/2e stemt eind maart? het plan af met Woortman.",
    "(1O)(2e) en BZK zorgen voor 1 april 2021 voor een {KOP} Pagina 2 van 3 {KOP} gezamenlijke reactie.",
  ],
  besluiten: [
    "Het DUO stemt in met het plan van aanpak voor blok C.",
    "Peter is eigenaar van het dossier {KOP} schrijvende situaties.",
  ],
  mededelingen: ["Het DUO van 17 maart wordt verplaatst naar 18 maart in verband met het reces."],
};

/** The page header of every page after the first, as the conversion writes it. */
export const PAGINAKOP = [
  "Nationaal Coördinator",
  "Groningen",
  "",
  "Ons kenmerk",
  "NCG / 21013380",
  "",
];

export function nummer(i: number, stijl: VerslagSpec["nummering"] = "romeins"): string {
  if (stijl === "cijfers") return String(i + 1);
  if (stijl === "letters") return String.fromCharCode(97 + i);
  return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii"][i];
}

/** The verslag as plain text, line by line (the fixture's style: "- i. ...", headers as lines). */
export function verslagTekst(spec: VerslagSpec): string {
  return regels(spec).join("\n");
}

function regels(spec: VerslagSpec): string[] {
  const uit = [
    "**Nationaal Coördinator",
    "Groningen**",
    "",
    "Datum",
    "13 jan. 2021",
    "",
    "Kenmerk",
    "NCG / 21013380",
    "",
    "verslag",
    "",
    ...(spec.vergaderdatum ? [`Vergaderdatum en -tijd\t${spec.vergaderdatum}`] : []),
    "Deelnemers\tPeter Spijkerman (voorzitter), (10)(2e), Henk Mulder, Anja Woortman",
    "",
    "Actiepunten- en besluitenlijst",
    "",
    ...(spec.metLijst === false ? [] : ["Actiepuntenlijst:", ""]),
    ...spec.actiepunten.flatMap((a, i) => [`- ${nummer(i, spec.nummering)}. ${metKop(a)}`]),
    "",
    "Besluitenlijst",
    "",
    ...(spec.besluiten ?? []).map((b, i) => `- ${nummer(i)}. ${metKop(b)}`),
    "",
    "Vergaderpunten",
    "",
    "1. Opening",
    "",
    "2. Mededelingen",
    "",
    ...(spec.mededelingen ?? []).flatMap((m) => [m, ""]),
    "3. Rondvraag en sluiting",
    "",
    ...(spec.slot ?? []).flatMap((m) => [m, ""]),
  ];
  return uit;
}

function metKop(tekst: string): string {
  return tekst.replace(/\s*\{KOP\}\s*/g, `\n\n${PAGINAKOP.join("\n")}\n- `);
}

/** A paragraph of the .docx: its text, and Word's numbering when it has it. */
interface Paragraaf {
  tekst: string;
  genummerd?: boolean;
}

/**
 * The verslag as a .docx, made with JSZip as Word lays one out: word/document.xml with a
 * paragraph per line, the Vergaderdatum and Deelnemers as a table, page headers as paragraphs
 * between the two halves of a sentence (a .docx converted from a PDF has them there). Items are
 * numbered in their text ("geschreven") or by Word's automatic numbering ("automatisch", a
 * lowerRoman list in word/numbering.xml, "%1." before each item); `extra` adds parts or replaces
 * them (a hostile document).
 */
export async function verslagDocx(
  spec: VerslagSpec,
  nummering: "geschreven" | "automatisch",
  extra: Record<string, string> = {}
): Promise<Uint8Array> {
  const paragrafen: Paragraaf[] = [];
  const kop = (teksten: string[]) => teksten.forEach((t) => paragrafen.push({ tekst: t }));
  kop(["Nationaal Coördinator Groningen", "verslag"]);
  const tabel = [
    ...(spec.vergaderdatum ? [["Vergaderdatum en -tijd", spec.vergaderdatum]] : []),
    ["Deelnemers", "Peter Spijkerman (voorzitter), (10)(2e), Henk Mulder, Anja Woortman"],
  ];
  const lijst = (items: string[], automatisch: boolean) =>
    items.forEach((item, i) => {
      item.split(/\s*\{KOP\}\s*/).forEach((deel, k) => {
        if (k > 0) kop(PAGINAKOP.filter((r) => r !== ""));
        paragrafen.push(
          automatisch && k === 0
            ? { tekst: deel, genummerd: true }
            : { tekst: k === 0 ? `${nummer(i, spec.nummering)}. ${deel}` : deel }
        );
      });
    });
  const na: Paragraaf[] = [];
  const body = () => {
    if (spec.metLijst !== false) kop(["Actiepuntenlijst"]);
    lijst(spec.actiepunten, nummering === "automatisch");
    kop(["Besluitenlijst"]);
    lijst(spec.besluiten ?? [], false);
    kop(["Vergaderpunten", "1. Opening", "2. Mededelingen", ...(spec.mededelingen ?? [])]);
    kop(["3. Rondvraag en sluiting", ...(spec.slot ?? [])]);
  };
  const voor = paragrafen.splice(0);
  body();
  na.push(...paragrafen.splice(0));
  const xml = documentXml(voor, tabel, na);
  return docx({
    "word/document.xml": xml,
    ...(nummering === "automatisch" && { "word/numbering.xml": NUMBERING }),
    ...extra,
  });
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function esc(t: string): string {
  return t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A paragraph with its text in two runs (Word splits runs at will), tabs as w:tab. */
function p(par: Paragraaf): string {
  const numPr = par.genummerd
    ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    : "";
  const midden = Math.floor(par.tekst.length / 2);
  const runs = [par.tekst.slice(0, midden), par.tekst.slice(midden)]
    .filter((t) => t !== "")
    .map((t) =>
      t
        .split("\t")
        .map((s) => `<w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r>`)
        .join("<w:r><w:tab/></w:r>")
    )
    .join("");
  return `<w:p>${numPr}${runs}</w:p>`;
}

function documentXml(voor: Paragraaf[], tabel: string[][], na: Paragraaf[]): string {
  const rijen = tabel
    .map((rij) => `<w:tr>${rij.map((c) => `<w:tc>${p({ tekst: c })}</w:tc>`).join("")}</w:tr>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${voor.map(p).join("")}<w:tbl>${rijen}</w:tbl>${na.map(p).join("")}<w:sectPr/></w:body></w:document>`;
}

/** One list, lowerRoman "%1." at level 0 and lowerLetter "%2)" at level 1. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

/** A .docx package of these parts (with the content types and relationships every .docx has). */
export async function docx(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  for (const [naam, inhoud] of Object.entries(parts)) zip.file(naam, inhoud);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
