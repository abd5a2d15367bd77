import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { ROOT } from "./build-once";
import { FIXTURES } from "./fixtures";
import { delenVan, herschrijf, type Herschrijving } from "./herschrijf";

/** Debian's python3 (with python3-openpyxl); .ci/run installs the package when it is missing. */
const PYTHON = "/usr/bin/python3";

export const BRONNEN = [
  "actielijst-duo-2021",
  "accounthouders-duo",
  "mijlpalen-groningen-datums",
  "mijlpalen-groningen-kwartalen",
] as const;
export type Bron = (typeof BRONNEN)[number];

/** One workbook of the corpus: written by `producent` from the fixture `bron`. */
export interface Producent {
  naam: string;
  bron: Bron;
  pad: string;
}

/** openpyxl's variants (test/support/producenten.py says what each does) and the sources they fit. */
const OPENPYXL: { soort: string; bronnen: readonly Bron[] }[] = [
  { soort: "opgeslagen", bronnen: BRONNEN },
  { soort: "1904", bronnen: BRONNEN },
  { soort: "iso-datums", bronnen: BRONNEN },
  { soort: "nieuw", bronnen: BRONNEN },
  { soort: "extra", bronnen: ["actielijst-duo-2021", "mijlpalen-groningen-kwartalen"] },
];

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

type Regels = (bron: string) => Promise<Record<string, Herschrijving>>;

/** Small rewrites of the fixture's own XML, as other producers write it. */
const HERSCHRIJVINGEN: Record<string, Regels> = {
  // The OpenXML SDK: <x:worksheet xmlns:x="..."><x:sheetData><x:row><x:c> ...
  "x-voorvoegsel": perDeel(
    /^xl\/(workbook|sharedStrings|styles|worksheets\/[^/]+)\.xml$/,
    metVoorvoegsel
  ),
  // openpyxl: Target="/xl/worksheets/sheet1.xml"
  "absolute-doelen": perDeel(/\.rels$/, absoluteDoelen),
  // Every text in the cell (t="inlineStr") instead of in xl/sharedStrings.xml.
  "inline-teksten": inlineTeksten,
  // openpyxl's first fill: <patternFill/> without a type.
  "patternfill-leeg": perDeel(/^xl\/styles\.xml$/, (xml) =>
    xml.replace(/<patternFill patternType="none"\s*\/>/g, "<patternFill/>")
  ),
};

/** Where made corpora are kept, one folder per content of what makes them (gitignored). */
const CORPUS_CACHE = join(ROOT, "test-artifacts", "producenten");

/**
 * The producer corpus, made once and shared: the test files that read it (producenten, kopie-delen)
 * would otherwise each spend seconds of openpyxl on the same 43 files. The folder is named after a
 * hash of everything the corpus is made of (the fixtures, this module, producenten.py, herschrijf.ts),
 * so a change to any of them makes a new one. Made in a temporary folder and renamed into place, so
 * a second jest worker never reads half a corpus; files in it are only read, never written.
 */
export async function producentenCorpus(): Promise<Producent[]> {
  const dir = join(CORPUS_CACHE, corpusSleutel());
  const lijst = join(dir, "corpus.json");
  if (!existsSync(lijst)) {
    mkdirSync(CORPUS_CACHE, { recursive: true });
    const bezig = mkdtempSync(join(CORPUS_CACHE, ".bezig-"));
    const gemaakt = (await maakProducenten(bezig)).map((p) =>
      p.pad.startsWith(bezig) ? { ...p, pad: relative(bezig, p.pad) } : p
    );
    writeFileSync(join(bezig, "corpus.json"), JSON.stringify(gemaakt));
    try {
      renameSync(bezig, dir);
    } catch {
      // another worker put the same corpus there first
      rmSync(bezig, { recursive: true, force: true });
    }
  }
  return (JSON.parse(readFileSync(lijst, "utf8")) as Producent[]).map((p) =>
    p.pad.startsWith("/") ? p : { ...p, pad: join(dir, p.pad) }
  );
}

function corpusSleutel(): string {
  const hash = createHash("sha256");
  const bronnen = [
    __filename,
    join(__dirname, "producenten.py"),
    join(__dirname, "herschrijf.ts"),
    ...BRONNEN.map(bronPad),
    ...readdirSync(join(FIXTURES, "producers")).map((n) => join(FIXTURES, "producers", n)),
  ];
  for (const pad of bronnen) hash.update(pad).update(readFileSync(pad));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The producer corpus: LibreOffice's round trips from ../shared/fixtures/producers, openpyxl's
 * variants and the XML rewrites, written into `map`. Each should read as its source does.
 */
export async function maakProducenten(map: string): Promise<Producent[]> {
  const uit: Producent[] = [];
  for (const naam of readdirSync(join(FIXTURES, "producers")).filter((n) => n.endsWith(".xlsx"))) {
    const bron = BRONNEN.find((b) => naam.startsWith(b + "."));
    if (bron)
      uit.push({ naam: `libreoffice ${naam}`, bron, pad: join(FIXTURES, "producers", naam) });
  }
  const taken = OPENPYXL.flatMap(({ soort, bronnen }) =>
    bronnen.map((bron) => ({
      bron: bronPad(bron),
      doel: join(map, `${bron}.${soort}.xlsx`),
      soort,
    }))
  );
  openpyxl(taken);
  for (const { soort, bronnen } of OPENPYXL)
    for (const bron of bronnen)
      uit.push({
        naam: `openpyxl ${soort} ${bron}`,
        bron,
        pad: join(map, `${bron}.${soort}.xlsx`),
      });
  for (const [soort, regels] of Object.entries(HERSCHRIJVINGEN))
    for (const bron of BRONNEN) {
      const pad = join(map, `${bron}.${soort}.xlsx`);
      await herschrijf(bronPad(bron), pad, await regels(bronPad(bron)));
      uit.push({ naam: `${soort} ${bron}`, bron, pad });
    }
  return uit;
}

/** openpyxl writes a formula without its result: the status of the first action, as `="Gereed"`. */
export function maakOnberekend(map: string): string {
  const doel = join(map, "actielijst.formules.xlsx");
  openpyxl([{ bron: bronPad("actielijst-duo-2021"), doel, soort: "formules" }]);
  return doel;
}

export function bronPad(bron: Bron): string {
  return join(FIXTURES, `${bron}.xlsx`);
}

function openpyxl(taken: { bron: string; doel: string; soort: string }[]): void {
  const r = spawnSync(PYTHON, [join(__dirname, "producenten.py")], {
    input: JSON.stringify(taken),
    encoding: "utf8",
  });
  if (r.status !== 0)
    throw new Error(
      `openpyxl kon de producentenbestanden niet schrijven (${PYTHON}, python3-openpyxl): ${r.stderr || r.error}`
    );
}

/** The same rewrite on every part of the source whose path matches. */
function perDeel(welke: RegExp, f: Herschrijving): Regels {
  return async (bron) =>
    Object.fromEntries(
      [...(await delenVan(bron)).keys()].filter((d) => welke.test(d)).map((d) => [d, f])
    );
}

/** Unprefixed SpreadsheetML elements get the prefix x:, bound where the default namespace was. */
function metVoorvoegsel(xml: string): string {
  if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
  return xml
    .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
}

function absoluteDoelen(xml: string): string {
  return xml.replace(/(<Relationship\b[^>]*?\bTarget=")([^"/][^"]*)"/g, (heel, kop, doel) =>
    /TargetMode="External"/.test(heel) ? heel : `${kop}/xl/${doel.replace(/^xl\//, "")}"`
  );
}

/**
 * t="s" cells become t="inlineStr" with the shared item's own content (<si> and <is> share one
 * schema type); the shared strings part stays, unused.
 */
async function inlineTeksten(bron: string): Promise<Record<string, Herschrijving>> {
  const delen = await delenVan(bron);
  const ss = delen.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
  const items = [...ss.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const bladen = [...delen.keys()].filter((d) => /^xl\/worksheets\/[^/]+\.xml$/.test(d));
  return Object.fromEntries(
    bladen.map((blad) => [
      blad,
      (xml: string) =>
        xml.replace(
          /<c\b([^>]*?)\s+t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
          (_h, voor: string, na: string, i: string) =>
            `<c${voor} t="inlineStr"${na}><is>${items[Number(i)]}</is></c>`
        ),
    ])
  );
}
