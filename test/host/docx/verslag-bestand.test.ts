import { deflateRawSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { HostError } from "../../../src/app/ports";
import type { Alinea } from "../../../src/core/verslag/alinea";
import { leesVerslag } from "../../../src/core/verslag/verslag";
import { documentAlineas } from "../../../src/host/docx/document";
import { leesNummering, leesStijlLijsten, Teller } from "../../../src/host/docx/nummering";
import { leesVerslagBestand } from "../../../src/host/docx/verslag-bestand";
import { fixture } from "../../support/fixtures";
import { leesActiepunten } from "../../../src/core/verslag/actiepunten";
import { alineasUitTekst } from "../../../src/core/verslag/alinea";
import { duoRegister } from "../../core/verslag/register";
import {
  docx,
  MAART_2021,
  verslagDocx,
  verslagTekst,
  type VerslagSpec,
} from "../../support/verslagen";
import { samengesteldBestand, zip } from "../../support/vijandige-werkmappen";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const SPEC: VerslagSpec = {
  vergaderdatum: "3 maart 2021, 15.00 uur – 16.30 uur",
  actiepunten: [
    "Henk maakt uiterlijk 15 april een voorstel voor de {KOP} financiële governance.",
    "Anja Woortman en Peter komen voor het volgende DUO met een notitie over blok C.",
    "0)(2e) stuurt begin mei de planning rond. {KOP} Roelien en Anja zullen aanwezig zijn.",
  ],
  besluiten: ["Het DUO stemt in met het plan van aanpak voor blok C."],
  mededelingen: ["Het DUO van 17 maart wordt verplaatst naar 18 maart."],
};

function items(alineas: Alinea[]): [string, string][] {
  const v = leesVerslag(alineas);
  if (!v.ok) throw new Error(v.fout.code);
  return v.verslag.actiepunten.map((a) => [a.nummer, a.tekst]);
}

async function fout(bytes: Uint8Array, naam: string): Promise<HostError> {
  const e = await leesVerslagBestand(bytes, naam).then(
    () => undefined,
    (x: unknown) => x
  );
  if (!(e instanceof HostError)) throw new Error(`verwacht een HostError, kreeg ${String(e)}`);
  return e;
}

describe("a verslag file read as paragraphs: .docx by its content, anything else as text", () => {
  const verwacht: [string, string][] = [
    ["i", "Henk maakt uiterlijk 15 april een voorstel voor de financiële governance."],
    ["ii", "Anja Woortman en Peter komen voor het volgende DUO met een notitie over blok C."],
    ["iii", "0)(2e) stuurt begin mei de planning rond. Roelien en Anja zullen aanwezig zijn."],
  ];

  test.each(["geschreven", "automatisch"] as const)(
    ".docx with numbers %s: the same items as the text, page headers out, the table's date read",
    async (nummering) => {
      const alineas = await leesVerslagBestand(await verslagDocx(SPEC, nummering), "verslag.docx");
      expect(items(alineas)).toEqual(verwacht);
      const v = leesVerslag(alineas);
      expect(v.ok && v.verslag.vergadering).toBe("2021-03-03");
    }
  );

  test.each(["geschreven", "automatisch"] as const)(
    "the verslag of 3 March 2021 as .docx (numbers %s): item, owners and deadline as from its text",
    async (nummering) => {
      const register = await duoRegister();
      const tabel = (alineas: Alinea[]) => {
        const v = leesVerslag(alineas);
        if (!v.ok) throw new Error(v.fout.code);
        return leesActiepunten(v.verslag, { register, acties: [] }).actiepunten.map((a) => [
          a.nummer,
          a.tekst,
          a.owners,
          a.deadline && [a.deadline.text, a.deadline.kind, a.deadline.due, a.deadline.uncertain],
        ]);
      };
      const uitTekst = tabel(alineasUitTekst(verslagTekst(MAART_2021)));
      expect(uitTekst).toHaveLength(10);
      const bytes = await verslagDocx(MAART_2021, nummering);
      expect(tabel(await leesVerslagBestand(bytes, "maart.docx"))).toEqual(uitTekst);
    }
  );

  test("text: UTF-8 (with or without BOM), UTF-16 with its BOM, Windows-1252", async () => {
    const tekst = verslagTekst(SPEC);
    const utf8 = new TextEncoder().encode(tekst);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(tekst, "utf16le")]);
    const ansi = new Uint8Array(Buffer.from(tekst, "latin1"));
    for (const bytes of [utf8, bom, utf16, ansi])
      expect(items(await leesVerslagBestand(bytes, "verslag.txt"))).toEqual(verwacht);
  });

  test("the fixture text reads as the core reads it", async () => {
    const bytes = readFileSync(fixture("verslag-duo-2021-01-13.txt"));
    expect(items(await leesVerslagBestand(bytes, "v.txt"))).toHaveLength(11);
  });
});

describe("document.xml as Word writes it", () => {
  const leeg = new Teller(new Map(), new Map());
  const doc = (body: string) =>
    `<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}</w:body></w:document>`;

  test("runs, tabs and breaks; deleted text, field codes and alternate content's fallback left out", () => {
    const xml = doc(
      `<w:p><w:r><w:t>Anja </w:t></w:r><w:del><w:r><w:delText>Henk </w:delText></w:r></w:del><w:ins><w:r><w:t>komt</w:t></w:r></w:ins><w:r><w:tab/><w:t>met</w:t><w:br/><w:t>een stuk</w:t></w:r></w:p>` +
        `<w:p><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>Pagina 2</w:t></w:r></w:p>` +
        `<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>keuze</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>keuze</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>` +
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Vergaderdatum en -tijd</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>13 januari 2021</w:t></w:r></w:p><w:p><w:r><w:t>15.00 uur</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`
    );
    expect(documentAlineas(xml, "word/document.xml", leeg)).toEqual([
      { tekst: "Anja komt\tmet\neen stuk" },
      { tekst: "Pagina 2" },
      { tekst: "keuze" },
      { tekst: "Vergaderdatum en -tijd\t13 januari 2021 15.00 uur" },
    ]);
  });

  test("automatic numbering: per list and level, restarting under a higher level, by style too; numId 0 takes it away", () => {
    const numbering = `<w:numbering xmlns:w="${W}">
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
      <w:num w:numId="5"><w:abstractNumId w:val="8"/></w:num></w:numbering>`;
    const styles = `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Lijst"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Actiepunt"><w:basedOn w:val="Lijst"/></w:style></w:styles>`;
    const teller = new Teller(leesNummering(numbering, "n"), leesStijlLijsten(styles, "s"));
    const p = (pPr: string, t: string) =>
      `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const num = (id: string, lvl = 0) =>
      `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;
    const xml = doc(
      [
        p(num("3"), "een"),
        p(num("3"), "twee"),
        p(num("3", 1), "twee a"),
        p(num("3", 1), "twee b"),
        p(`<w:pStyle w:val="Actiepunt"/>`, "drie"),
        p(num("3", 1), "drie a"),
        p(`<w:pStyle w:val="Actiepunt"/><w:numPr><w:numId w:val="0"/></w:numPr>`, "geen"),
        p(num("4"), "negen"),
        p(num("5"), "bullet"),
      ].join("")
    );
    expect(documentAlineas(xml, "word/document.xml", teller)).toEqual([
      { tekst: "een", nummer: "i.", niveau: 0 },
      { tekst: "twee", nummer: "ii.", niveau: 0 },
      { tekst: "twee a", nummer: "ii.a)", niveau: 1 },
      { tekst: "twee b", nummer: "ii.b)", niveau: 1 },
      { tekst: "drie", nummer: "iii.", niveau: 0 },
      { tekst: "drie a", nummer: "iii.a)", niveau: 1 },
      { tekst: "geen" },
      { tekst: "negen", nummer: "ix.", niveau: 0 },
      { tekst: "bullet", nummer: "•", niveau: 0 },
    ]);
  });

  test("items at the top level; a sublevel belongs to the item above it", async () => {
    const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const p = (t: string, lvl?: number) =>
      `<w:p>${lvl === undefined ? "" : `<w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>`}<w:r><w:t>${t}</w:t></w:r></w:p>`;
    const bytes = await docx({
      "word/document.xml": doc(
        [
          p("Vergaderdatum en -tijd 3 maart 2021"),
          p("Actiepuntenlijst"),
          p("Henk maakt een voorstel:", 0),
          p("voor blok B;", 1),
          p("voor blok C.", 1),
          p("Anja komt met een stuk.", 0),
          p("Besluitenlijst"),
          p("Het DUO stemt in.", 0),
        ].join("")
      ),
      "word/numbering.xml": numbering,
    });
    expect(items(await leesVerslagBestand(bytes, "v.docx"))).toEqual([
      ["i", "Henk maakt een voorstel: voor blok B; voor blok C."],
      ["ii", "Anja komt met een stuk."],
    ]);
  });
});

describe("a file Regie cannot read: a HostError with one Dutch sentence, nothing read further", () => {
  test.each<[string, () => Promise<Uint8Array> | Uint8Array, RegExp]>([
    [
      "a workbook, not a document",
      () => readFileSync(fixture("actielijst-duo-2021.xlsx")),
      /^lijst\.docx is geen leesbaar Word-document \(\.docx\): er staat geen document in\. Er is niets gelezen of geschreven\.$/,
    ],
    [
      "document.xml that is no XML",
      () => docx({ "word/document.xml": `<w:document xmlns:w="${W}"><w:body><w:p>` }),
      /^lijst\.docx is geen leesbaar Word-document \(\.docx\): onderdeel word\/document\.xml geen geldige XML \(een element is niet afgesloten\)\. Er is niets gelezen of geschreven\.$/,
    ],
    [
      "a damaged zip",
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      /^lijst\.docx is geen leesbaar Word-document \(\.docx\): er staat geen document in\./,
    ],
    [
      "a .docx with a password",
      () => samengesteldBestand(true),
      /^lijst\.docx is beveiligd met een wachtwoord.*Word/,
    ],
    [
      "an old .doc",
      () => samengesteldBestand(false),
      /^lijst\.docx is een oud Word-bestand \(\.doc, Word 97-2003\)/,
    ],
    [
      "binary, no text",
      () => new Uint8Array([1, 2, 0, 4, 0, 0, 7]),
      /^lijst\.docx is geen Word-document \(\.docx\) en geen tekstbestand\. Er is niets gelezen of geschreven\.$/,
    ],
    [
      "a zip bomb: document.xml declared 1 KB, 30 MB unpacked",
      () =>
        zip([
          { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
          {
            name: "word/document.xml",
            data: new Uint8Array(),
            deflated: deflateRawSync(Buffer.alloc(30 * 1024 * 1024, " ")),
            declaredSize: 1024,
          },
        ]),
      /^Onderdeel word\/document\.xml van lijst\.docx pakt uit tot meer dan 20 MB; Regie leest zo'n bestand niet\. Er is niets gelezen of gewijzigd\.$/,
    ],
    [
      "text past 10 MB",
      () => new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61),
      /^lijst\.docx is groter dan 10 MB; zo groot is een verslag niet\./,
    ],
  ])("%s", async (_naam, maak, melding) => {
    const e = await fout(await maak(), "lijst.docx");
    expect(e.nothingWritten).toBe(true);
    expect(hostFoutTekst(e)).toMatch(melding);
  });
});
