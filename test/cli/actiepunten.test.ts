import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { actiepuntenJsonSchema, type ActiepuntenJson } from "../../src/cli/actiepunten-json";
import type { CellValue } from "../../src/core/grid";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { cli } from "../support/cli";
import { fixture } from "../support/fixtures";
import { verslagDocx, verslagTekst } from "../support/verslagen";
import { zip } from "../support/vijandige-werkmappen";

const VERSLAG = fixture("verslag-duo-2021-01-13.txt");
const LIJST = fixture("actielijst-duo-2021.xlsx");
const REGISTER = fixture("accounthouders-duo.xlsx");
const sha = (pad: string) => createHash("sha256").update(readFileSync(pad)).digest("hex");

let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), "regie-actiepunten-"));
});

async function json(...extra: string[]): Promise<ActiepuntenJson> {
  const r = await cli(
    "actiepunten",
    VERSLAG,
    "--actielijst",
    LIJST,
    "--register",
    REGISTER,
    "--json",
    ...extra
  );
  expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "" });
  return actiepuntenJsonSchema.parse(JSON.parse(r.out));
}

/** Every sheet's values from A1, and its merged areas and fills: what a copy must keep. */
async function waarden(pad: string): Promise<Map<string, CellValue[][]>> {
  const w = await XlsxWorkbook.open(pad);
  const namen = (await w.summary({ rows: 0, columns: 0 })).sheets.map((s) => s.name);
  const reads = await w.read(namen.map((sheet) => ({ sheet, fills: true })));
  opmaak.set(
    pad,
    reads.map((r) => ({ merges: r!.grid.merges, fills: r!.fills }))
  );
  return new Map(namen.map((n, i) => [n, reads[i]!.grid.values]));
}

const opmaak = new Map<string, unknown[]>();

type Rij = [string, string[], [string, string, string | null, boolean] | null];

describe("regie actiepunten VERSLAG --actielijst LIJST", () => {
  test("--json follows the contract, exactly its keys; item, owners, deadline of the 13 January minutes", async () => {
    const r = await cli(
      "actiepunten",
      VERSLAG,
      "--actielijst",
      LIJST,
      "--register",
      REGISTER,
      "--json"
    );
    const ruw = JSON.parse(r.out);
    expect(Object.keys(ruw)).toEqual(["vergadering", "volgendeVergadering", "actiepunten"]);
    expect(Object.keys(ruw.actiepunten[0])).toEqual([
      "nummer",
      "tekst",
      "owners",
      "deadline",
      "bestaand",
      "findings",
    ]);
    expect(Object.keys(ruw.actiepunten[0].deadline)).toEqual(["text", "kind", "due", "uncertain"]);
    const j = await json();
    expect([j.vergadering, j.volgendeVergadering]).toEqual(["2021-01-13", "2021-02-10"]);
    const duo = (t: string): Rij[2] => [t, "date", "2021-02-10", true];
    expect(
      j.actiepunten.map((a): Rij => [
        a.nummer,
        a.owners,
        a.deadline && [a.deadline.text, a.deadline.kind, a.deadline.due, a.deadline.uncertain],
      ])
    ).toEqual<Rij[]>([
      ["i", ["(10)(2e)"], duo("Voor de volgende keer")],
      ["ii", ["(10)(2e)"], duo("Het volgende DUO")],
      ["iii", ["Roelien Kamminga"], duo("in het volgend DUO")],
      ["iv", ["(10)(2e)"], null],
      ["v", ["(10)(2e)"], duo("voor het volgende DUO")],
      ["vi", ["(10)(2e)"], duo("voor het volgende DUO")],
      ["vii", ["Anja Woortman"], duo("voor het volgende DUO")],
      ["viii", [], ["zo snel mogelijk", "asap", null, false]],
      ["ix", ["Peter Spijkerman"], null],
      ["x", ["BZK", "OBG", "NCG"], null],
      ["xi", ["(10)(2e)"], duo("in het volgende DUO")],
    ]);
    expect(j.actiepunten.every((a) => a.bestaand === null)).toBe(true);
    expect(j.actiepunten[2].findings.map((f) => [f.code, f.severity])).toEqual([
      ["eigenaar-vertrokken", "warning"],
      ["volgende-vergadering-onzeker", "info"],
    ]);
  });

  test("--volgende-vergadering: that date, certain; the text says what the verslag said", async () => {
    const j = await json("--volgende-vergadering", "11-02-2021");
    expect(j.volgendeVergadering).toBe("2021-02-11");
    expect(j.actiepunten[4].deadline).toEqual({
      text: "voor het volgende DUO",
      kind: "date",
      due: "2021-02-11",
      uncertain: false,
    });
    const r = await cli(
      "actiepunten",
      VERSLAG,
      "--actielijst",
      LIJST,
      "--volgende-vergadering",
      "11-02-2021"
    );
    expect(r.out).toMatch(
      /^Volgend DUO: 11-02-2021, opgegeven \(het verslag noemt 10-02-2021\)\.$/m
    );
  });

  test("without --json a Dutch report: the meeting, per item owners and deadline, the rows, nothing written", async () => {
    const r = await cli("actiepunten", VERSLAG, "--actielijst", LIJST, "--register", REGISTER);
    expect(r.code).toBe(0);
    const regels = r.out.trimEnd().split("\n");
    expect(regels.slice(0, 3)).toEqual([
      "Verslag verslag-duo-2021-01-13.txt: DUO van 13-01-2021, 11 actiepunten.",
      "Volgend DUO: 10-02-2021, uit het verslag, mogelijk verplaatst naar 11-02-2021.",
      'Actielijst actielijst-duo-2021.xlsx, blad "Actielijst", register met 9 personen.',
    ]);
    expect(r.out).toContain(
      [
        "ix. Peter organiseert een bijeenkomst met de onderzoekers van Gronings Perspectief. Hij nodigt hierbij de leden van het DUO uit. Roelien en Anja zullen in ieder geval aanwezig zijn, voor de anderen is het optioneel.",
        "   Accounthouder: Peter Spijkerman",
        "   Deadline: geen",
        "   - Het actiepunt noemt geen deadline.",
      ].join("\n")
    );
    expect(r.out).toContain('   Deadline: "voor het volgende DUO" -> 10-02-2021 (onzeker)');
    expect(r.out).toContain(
      "  rij 48 (viii): (geen accounthouder) | Nog niet gestart | Zo spoedig mogelijk | uit verslag DUO 13-01-2021"
    );
    expect(regels[regels.length - 1]).toBe(
      "Niets geschreven: gebruik --out KOPIE.xlsx om de rijen in een kopie toe te voegen."
    );
  });

  test("--out appends the rows below the list: every other cell of the copy as in the input, the input untouched; again: all on the list", async () => {
    const uit = join(map, "met-actiepunten.xlsx");
    const voor = sha(LIJST);
    const r = await cli(
      "actiepunten",
      VERSLAG,
      "--actielijst",
      LIJST,
      "--register",
      REGISTER,
      "--out",
      uit
    );
    expect(r.code).toBe(0);
    expect(r.out.trimEnd()).toMatch(
      /Kopie met 11 nieuwe rijen \(rij 41 t\/m 51\) en het Wijzigingslog geschreven naar .*met-actiepunten\.xlsx\.$/
    );
    expect(sha(LIJST)).toBe(voor);
    const invoer = await waarden(LIJST);
    const kopie = await waarden(uit);
    expect([...kopie.keys()]).toEqual(["Actielijst", "Wijzigingslog"]);
    const [lijst, nieuw] = [invoer.get("Actielijst")!, kopie.get("Actielijst")!];
    expect(nieuw.slice(0, 40).map((rij) => rij.slice(0, 8))).toEqual(
      lijst.map((rij) => rij.slice(0, 8))
    );
    expect(nieuw).toHaveLength(51);
    const [lijstOpmaak] = opmaak.get(LIJST) as { merges: unknown; fills: unknown[][] }[];
    const [kopieOpmaak] = opmaak.get(uit) as { merges: unknown; fills: unknown[][] }[];
    expect(kopieOpmaak.merges).toEqual(lijstOpmaak.merges);
    expect(kopieOpmaak.fills.slice(0, 40).map((r) => r.slice(0, 8))).toEqual(
      lijstOpmaak.fills.map((r) => r.slice(0, 8))
    );
    expect(nieuw[40]).toEqual([
      "",
      "",
      "Voor de volgende keer komt de juistheid data op de agenda van het DUO. (10)(2e) brengt een notitie hiervoor in en stemt deze van te voren af met Henk.",
      "(10)(2e)",
      "Nog niet gestart",
      "",
      "10 februari 2021?",
      "uit verslag DUO 13-01-2021",
    ]);
    expect(nieuw[49].slice(3, 5)).toEqual(["BZK / OBG / NCG", "Nog niet gestart"]);

    const nogEens = await cli(
      "actiepunten",
      VERSLAG,
      "--actielijst",
      uit,
      "--register",
      REGISTER,
      "--json"
    );
    expect(
      JSON.parse(nogEens.out).actiepunten.map((a: { bestaand: { row: number } }) => a.bestaand.row)
    ).toEqual(Array.from({ length: 11 }, (_, i) => 41 + i));
    const tekst = await cli("actiepunten", VERSLAG, "--actielijst", uit, "--register", REGISTER);
    expect(tekst.out).toContain("   Staat al op de lijst (rij 47); geen nieuwe rij.");
    expect(tekst.out.trimEnd().split("\n").pop()).toBe(
      "Niets te schrijven: elk actiepunt staat al op de lijst."
    );
  });

  test("a .docx with Word's numbering; without any register (the list has no Accounthouders sheet) names stay as written", async () => {
    const docx = join(map, "verslag-maart.docx");
    writeFileSync(
      docx,
      await verslagDocx(
        {
          vergaderdatum: "3 maart 2021, 15.00 uur",
          actiepunten: [
            "Anja maakt uiterlijk 15 april een voorstel voor de {KOP} financiële governance.",
            "BZK en NCG lopen de begroting na.",
          ],
          besluiten: ["Het DUO stemt in met het plan."],
        },
        "automatisch"
      )
    );
    const r = await cli("actiepunten", docx, "--actielijst", LIJST, "--json");
    const j = actiepuntenJsonSchema.parse(JSON.parse(r.out));
    expect(
      j.actiepunten.map((a) => [a.nummer, a.tekst, a.owners, a.deadline?.due ?? null])
    ).toEqual([
      [
        "i",
        "Anja maakt uiterlijk 15 april een voorstel voor de financiële governance.",
        ["Anja"],
        "2021-04-15",
      ],
      ["ii", "BZK en NCG lopen de begroting na.", ["BZK", "NCG"], null],
    ]);
  });
});

describe("what Regie refuses: one Dutch line, exit code 2, nothing written", () => {
  const tekstBestand = (naam: string, tekst: string) => {
    const pad = join(map, naam);
    writeFileSync(pad, tekst);
    return pad;
  };

  test.each<[string, () => Promise<string> | string, RegExp]>([
    [
      "not a verslag",
      () => tekstBestand("notities.txt", "Boodschappen: brood, melk.\n"),
      /^regie: In .*notities\.txt: Dit lijkt geen verslag van het DUO: er staat geen Vergaderdatum en geen Actiepuntenlijst in\.$/,
    ],
    [
      "no Actiepuntenlijst",
      () =>
        tekstBestand(
          "zonder-lijst.txt",
          verslagTekst({
            vergaderdatum: "3 maart 2021",
            actiepunten: ["Henk gaat."],
            metLijst: false,
          })
        ),
      /^regie: In .*zonder-lijst\.txt: Het verslag heeft geen Actiepuntenlijst: Regie zoekt een regel "Actiepuntenlijst"/,
    ],
    [
      "an unreadable .docx",
      () => {
        const pad = join(map, "kapot.docx");
        writeFileSync(pad, Buffer.from([0x50, 0x4b, 3, 4, 9, 9, 9]));
        return pad;
      },
      /^regie: .*kapot\.docx is geen leesbaar Word-document \(\.docx\): er staat geen document in\. Er is niets gelezen of geschreven\.$/,
    ],
    [
      "a zip bomb .docx",
      () => {
        const pad = join(map, "bom.docx");
        const deflated = deflateRawSync(Buffer.alloc(30 * 1024 * 1024, " "));
        writeFileSync(
          pad,
          zip([{ name: "word/document.xml", data: new Uint8Array(), deflated, declaredSize: 1024 }])
        );
        return pad;
      },
      /^regie: Onderdeel word\/document\.xml van .*bom\.docx pakt uit tot meer dan 20 MB; Regie leest zo'n bestand niet\. Er is niets gelezen of gewijzigd\.$/,
    ],
  ])("%s", async (_naam, maak, melding) => {
    const verslag = await maak();
    const uit = join(map, `uit-${_naam.replace(/\W+/g, "-")}.xlsx`);
    const r = await cli("actiepunten", verslag, "--actielijst", LIJST, "--out", uit);
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: "" });
    expect(r.err.trimEnd()).toMatch(melding);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(existsSync(uit)).toBe(false);
  });

  test.each<[string[], RegExp]>([
    [
      ["--out", VERSLAG, "--overschrijf"],
      /is het invoerbestand zelf; Regie schrijft altijd een kopie/,
    ],
    [
      ["--out", LIJST, "--overschrijf"],
      /is het invoerbestand zelf; Regie schrijft altijd een kopie/,
    ],
    [
      ["--volgende-vergadering", "31-02-2021"],
      /^regie: De datum bij --volgende-vergadering 31-02-2021 bestaat niet in de kalender\.$/,
    ],
  ])("%j", async (extra, melding) => {
    const voor = [sha(VERSLAG), sha(LIJST)];
    const r = await cli("actiepunten", VERSLAG, "--actielijst", LIJST, ...extra);
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: "" });
    expect(r.err.trimEnd()).toMatch(melding);
    expect([sha(VERSLAG), sha(LIJST)]).toEqual(voor);
  });

  test("no --actielijst", async () => {
    expect(await cli("actiepunten", VERSLAG)).toEqual({
      code: 2,
      out: "",
      err: "regie: Geef de actielijst op met --actielijst LIJST.xlsx: daar komen de actiepunten bij.\n",
    });
  });

  test("help in Dutch", async () => {
    const r = await cli("help", "actiepunten");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Gebruik: regie actiepunten \[opties\] <verslag>$/m);
    expect(r.out).toMatch(/--volgende-vergadering <datum>/);
    expect(r.out).not.toMatch(/Usage:|Options:|Arguments:/);
  });
});
