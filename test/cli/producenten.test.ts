import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { delenVan } from "../support/herschrijf";
import {
  bronPad,
  maakOnberekend,
  producentenCorpus,
  type Bron,
  type Producent,
} from "../support/producenten";

jest.setTimeout(600_000);

const PEIL = "2021-02-24";
const REGISTER = bronPad("accounthouders-duo");
const ACTIELIJST = bronPad("actielijst-duo-2021");

/** The commands that read a workbook of this kind; the file itself replaces its source there. */
function opdrachten(bron: Bron, pad: string): string[][] {
  const lijst = (actielijst: string, register: string) => [
    ["validate", actielijst, "--peildatum", PEIL, "--register", register, "--json"],
    ["normaliseer", actielijst, "--peildatum", PEIL, "--register", register, "--json"],
  ];
  if (bron === "actielijst-duo-2021") return lijst(pad, REGISTER);
  if (bron === "accounthouders-duo") return lijst(ACTIELIJST, pad);
  return [["mijlpalen", pad, "--peildatum", "2020-05-12", "--json"]];
}

/** What a command answers, JSON parsed; stderr and the exit code with it. */
async function antwoord(argv: string[]) {
  const r = await cli(...argv);
  return { code: r.code, json: r.code === 2 ? null : JSON.parse(r.out), err: r.err };
}

let map = "";
let producenten: Producent[] = [];
const verwacht = new Map<string, Awaited<ReturnType<typeof antwoord>>>();

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-producenten-"));
  producenten = await producentenCorpus();
  for (const bron of [
    "actielijst-duo-2021",
    "accounthouders-duo",
    "mijlpalen-groningen-datums",
    "mijlpalen-groningen-kwartalen",
  ] as Bron[])
    for (const argv of opdrachten(bron, bronPad(bron)))
      verwacht.set(argv.join(" "), await antwoord(argv));
});

describe("reading workbooks of other producers as their source", () => {
  test("the corpus is there: LibreOffice, openpyxl and the XML rewrites", async () => {
    expect(producenten.length).toBeGreaterThanOrEqual(9 + 17 + 16);
    const deel = async (naam: string, pad: string) =>
      (await delenVan(producenten.find((p) => p.naam === naam)!.pad)).get(pad)!.toString("utf8");
    const blad = "xl/worksheets/sheet1.xml";
    expect(await deel("x-voorvoegsel actielijst-duo-2021", blad)).toMatch(/<x:sheetData>.*<x:c /);
    expect(await deel("inline-teksten actielijst-duo-2021", blad)).toMatch(/t="inlineStr"><is>/);
    expect(await deel("absolute-doelen actielijst-duo-2021", "xl/_rels/workbook.xml.rels")).toMatch(
      /Target="\/xl\/worksheets\/sheet1\.xml"/
    );
    expect(await deel("patternfill-leeg actielijst-duo-2021", "xl/styles.xml")).toMatch(
      /<patternFill\/>/
    );
    expect(await deel("openpyxl 1904 accounthouders-duo", "xl/workbook.xml")).toMatch(
      /date1904="1"/
    );
    expect(await deel("openpyxl iso-datums mijlpalen-groningen-datums", blad)).toMatch(
      /t="d"><v>20/
    );
  });

  test("every file gives the same answers as its source, without messages", async () => {
    const verschillen: string[] = [];
    for (const p of producenten)
      for (const [i, argv] of opdrachten(p.bron, p.pad).entries()) {
        const bron = verwacht.get(opdrachten(p.bron, bronPad(p.bron))[i].join(" "))!;
        const r = await antwoord(argv);
        if (
          r.code !== bron.code ||
          r.err !== "" ||
          JSON.stringify(zonderDatumstelsel(r.json)) !== JSON.stringify(bron.json)
        )
          verschillen.push(
            `${p.naam} (${argv[0]}): exit ${r.code}, ${r.err.trim() || "geen melding"}`
          );
      }
    expect(verschillen).toEqual([]);
  });
});

describe("with --out: the same answers, and a copy for every producer", () => {
  // Every copy is patched in place (validate, normaliseer and mijlpalen alike), so a file exceljs
  // could not load (the x: prefixes) gets its copy too.
  test("actielijsten (validate and normaliseer) and both mijlpalen layouts", async () => {
    const verschillen: string[] = [];
    const geweigerd: string[] = [];
    for (const p of producenten.filter((p) => p.bron !== "accounthouders-duo"))
      for (const [i, argv] of opdrachten(p.bron, p.pad).entries()) {
        const bron = verwacht.get(opdrachten(p.bron, bronPad(p.bron))[i].join(" "))!;
        const out = join(map, `kopie-${i}-${p.naam.replace(/\W+/g, "-")}.xlsx`);
        const r = await antwoord([...argv, "--out", out]);
        if (r.code === 2) {
          geweigerd.push(`${p.naam} ${argv[0]}`);
          if (!/Er is niets geschreven\./.test(r.err) || existsSync(out))
            verschillen.push(`${p.naam} (${argv[0]}): ${r.err.trim()}`);
        } else if (
          JSON.stringify(zonderDatumstelsel(r.json)) !== JSON.stringify(bron.json) ||
          !existsSync(out)
        )
          verschillen.push(`${p.naam} (${argv[0]} --out): andere antwoorden dan zonder --out`);
      }
    expect(verschillen).toEqual([]);
    expect(geweigerd).toEqual([]);
  });
});

describe("formulas without a computed value (openpyxl does not compute)", () => {
  test("read as empty, never as 0, and reported as a finding in the JSON; the same with and without --out", async () => {
    const pad = maakOnberekend(map);
    const zonder = await antwoord(["validate", pad, "--peildatum", PEIL, "--json"]);
    expect(zonder.err).toBe("");
    const melding = zonder.json.findings.find(
      (f: { code: string }) => f.code === "formule-niet-berekend"
    );
    expect(melding).toMatchObject({ severity: "warning" });
    expect(melding.message).toMatch(
      /^Formule zonder berekende waarde in cel E\d+; open en bewaar het bestand in Excel\. Regie leest deze cel als leeg\.$/
    );
    const rij = zonder.json.rows.find((r: { row: number }) => `E${r.row}` === melding.cell);
    expect(rij.status).toBeNull();
    const met = await antwoord([
      "validate",
      pad,
      "--peildatum",
      PEIL,
      "--json",
      "--out",
      join(map, "formules-kopie.xlsx"),
    ]);
    expect(met.json).toEqual(zonder.json);
    expect(met.err).toBe("");
  });
});

/**
 * The answer without the note on the date system: a 1904 variant says which system its dates count
 * in (issue 25, item 3), which its 1900 source has no reason to say; everything else must be equal.
 */
function zonderDatumstelsel(json: unknown): unknown {
  if (Array.isArray(json))
    return json
      .filter(
        (x) =>
          !(
            typeof x === "object" &&
            x !== null &&
            // By its code where the JSON has one, else by its sentence (mijlpalen's anomalies).
            (/^datumstelsel-/.test(String((x as { code?: unknown }).code)) ||
              /datumstelsel 1904/.test(String((x as { message?: unknown }).message)))
          )
      )
      .map(zonderDatumstelsel);
  if (typeof json === "object" && json !== null)
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, zonderDatumstelsel(v)]));
  return json;
}
