import { execFile, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { maakRegie } from "../../src/app/regie";
import { foutTekst } from "../../src/app/weigering-berichten";
import { openFile } from "../../src/host/xlsx/file-workbook";
import { XlsxWorkbook } from "../../src/host/xlsx/xlsx-workbook";
import { kop, rij } from "../support/grid";
import { BUITEN_HET_RASTER, bladdata, werkmapMetBladdata } from "../support/vijandige-bladen";
import { vijandigeWerkmappen } from "../support/vijandige-werkmappen";

// The pane's build swaps entry-text.ts for entry-text.browser.ts (webpack.config.js): so does this
// test, so that the pane's side reads with the code the browser runs.
jest.mock("../../src/host/xlsx/entry-text", () =>
  jest.requireActual("../../src/host/xlsx/entry-text.browser")
);

/**
 * Issue 24, item 5: every hostile file of cases 1-9, generated here, through the built CLI as a
 * user runs it (valideer, verschil, normaliseer, mijlpalen: real processes, real exit codes, peak
 * memory measured) and through the reader behind the pane's file picker. Each answer is one Dutch
 * line or a result, the input is never changed, and a refused --out leaves nothing behind.
 */
const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "build/cli/main.js");
const PEIL = "2021-02-24";
/** Issue 24, item 2: each hostile file within seconds and under 500 MB. */
const MAX_MB = 500;
/** CPU seconds of a CLI process; wall seconds of the pane's read. */
const MAX_S = 20;

type Opdracht = "valideer" | "verschil" | "normaliseer" | "mijlpalen";
const OPDRACHTEN: readonly Opdracht[] = ["valideer", "verschil", "normaliseer", "mijlpalen"];

interface Geval {
  naam: string;
  /** The case of issue 24 it stands for. */
  geval: string;
  bytes: Uint8Array;
  /** Exit code per command run on it: 0 clean, 1 findings, 2 refused. */
  codes: Partial<Record<Opdracht, 0 | 1 | 2>>;
  /** What a refusal of the file itself says (the reader's line, the same in every command). */
  melding?: RegExp;
  /** What the pane says when it compares the open list with this file; null: it compares. */
  paneel: RegExp | null;
  /** Checks on a copy written with --out (its path). */
  kopie?: (pad: string) => Promise<void>;
  /**
   * Commands where this branch still falls short of `codes` and `kopie`, and how: checked only for
   * safety here (input unchanged, memory, nothing left at --out), and in full as test.failing, which
   * turns red once the gap is closed (then drop the entry).
   */
  gat?: Partial<Record<Opdracht, string>>;
}

/** A small action list the commands accept, and the same as rows for other layouts. */
const LIJST = [
  kop(),
  rij("a. verlopen", "Nicoline", "In uitvoering", "1 februari 2021", { doel: "#01" }),
  rij("b. binnenkort", "Anja", "In uitvoering", "1 maart 2021"),
  rij("c. later", "Anja", "Afgerond", "1 mei 2021"),
];
/** The list with a CR escaped as ST_Xstring does (issue 24, case 6), and an escaped escape. */
const ESCAPES = [
  ...LIJST.slice(0, 3),
  rij("c. later_x000D_\nregel twee", "Anja", "Afgerond", "1 mei 2021", {
    opmerking: "_x005F_x000D_",
  }),
];

/** The register normaliseer takes with --register, so that it reaches its copy. */
const REGISTER = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Nicoline van der Linden", "Nicoline", "", "", ""],
  ["Anja Woortman", "Anja", "", "", ""],
];

const geweigerd = { valideer: 2, verschil: 2, normaliseer: 2, mijlpalen: 2 } as const;
/** A readable action list (an overdue action is no error), the copy written; no mijlpalen in it. */
const lijstGelezen = { valideer: 0, verschil: 0, normaliseer: 0, mijlpalen: 2 } as const;
/** Readable, but no action list and no milestones in it. */
const geenLijst = geweigerd;

async function corpus(): Promise<Geval[]> {
  const werkmappen = new Map((await vijandigeWerkmappen()).map((w) => [w.geval, w]));
  const werkmap = (geval: string) => {
    const w = werkmappen.get(geval);
    if (!w) throw new Error(`geen werkmap ${geval}`);
    return { naam: w.naam, geval, bytes: w.bytes };
  };
  const lijst = (zonderR = false) => bladdata(LIJST, zonderR);
  return [
    {
      ...werkmap("zip-bom"),
      codes: geweigerd,
      melding: /pakt uit tot meer dan 200 MB/,
      paneel: /200 MB/,
    },
    {
      ...werkmap("zip-bom-totaal"),
      // Over 300 MB inflated and parsed before the cap is reached, 11 s a process on a busy
      // 2-core machine: run by the two commands issue 24 found crashing (the reader is the one
      // openWorkbook of every command), to keep the corpus within a minute.
      codes: { valideer: 2, verschil: 2 },
      melding: /400 MB/,
      paneel: /400 MB/,
    },
    ...Object.entries(BUITEN_HET_RASTER)
      .filter(([naam]) => naam === "rij 999999999" || naam === "cel ZZZZZZ41")
      .map(async ([naam, data]) => ({
        naam: `${naam.replace(" ", "-")}.xlsx`,
        geval: naam,
        bytes: await werkmapMetBladdata(data),
        codes: geweigerd,
        melding: /buiten het werkblad van Excel/,
        paneel: /buiten het werkblad van Excel/,
      })),
    { ...werkmap("gedeeld-deel"), codes: geenLijst, paneel: /actielijst/i },
    {
      ...werkmap("onbekende-entiteit"),
      codes: geweigerd,
      melding: /geen geldige XML \(onbekende entiteit\)/,
      paneel: /onbekende entiteit/,
    },
    { ...werkmap("wachtwoord"), codes: geweigerd, melding: /wachtwoord/, paneel: /wachtwoord/ },
    { ...werkmap("xls"), codes: geweigerd, melding: /\.xls, Excel 97-2003/, paneel: /\.xls/ },
    { ...werkmap("hoofdletters"), codes: geenLijst, paneel: /actielijst/i },
    { ...werkmap("backslash"), codes: geenLijst, paneel: /actielijst/i },
    { ...werkmap("lege-werkmap"), codes: geweigerd, melding: /geen bladen/, paneel: /geen bladen/ },
    {
      naam: "escapes.xlsx",
      geval: "_xHHHH_",
      bytes: await werkmapMetBladdata(bladdata(ESCAPES)),
      codes: lijstGelezen,
      paneel: null,
      kopie: async (pad: string) => {
        // Read back as written: the CR decoded, the escaped escape a literal _x000D_ again.
        const [blad] = await (await XlsxWorkbook.open(pad)).read([{ sheet: "Blad1" }]);
        expect(blad?.grid.values[3]?.[2]).toBe("c. later\r\nregel twee");
        expect(blad?.grid.values[3]?.[7]).toBe("_x000D_");
      },
    },
    {
      naam: "zonder-styles.xlsx",
      geval: "geen styles.xml",
      bytes: await werkmapMetBladdata(lijst()),
      codes: lijstGelezen,
      paneel: null,
    },
    {
      naam: "zonder-cellxfs.xlsx",
      geval: "styles.xml zonder cellXfs en fills",
      bytes: await werkmapMetBladdata(lijst(), { styles: "" }),
      codes: lijstGelezen,
      paneel: null,
    },
    {
      naam: "zonder-r.xlsx",
      geval: "rijen en cellen zonder r",
      bytes: await werkmapMetBladdata(lijst(true)),
      codes: lijstGelezen,
      paneel: null,
      gat: {
        normaliseer:
          "normaliseer --out schrijft via exceljs, dat rijen zonder r niet laadt (Invalid row number in model)",
      },
    },
    {
      naam: "strict.xlsx",
      geval: "Strict OOXML",
      bytes: await werkmapMetBladdata(lijst(), { strict: true }),
      // Read as any workbook (verschil); a copy is refused rather than given Transitional parts.
      codes: { valideer: 2, verschil: 0, normaliseer: 2, mijlpalen: 2 },
      melding: /Strict Open XML.*Er is niets veranderd\./,
      paneel: null,
    },
    {
      naam: "macro.xlsm",
      geval: ".xlsm",
      bytes: await werkmapMetBladdata(lijst(), { macro: true }),
      // Copied to uit.xlsx: refused, as Excel does not open an .xlsx with a macro-enabled main part.
      codes: { valideer: 2, verschil: 0, normaliseer: 2, mijlpalen: 2 },
      melding: /macro's.*op \.xlsm eindigt/,
      paneel: null,
    },
  ].reduce<Promise<Geval[]>>(
    async (alle, g) => [...(await alle), (await g) as Geval],
    Promise.resolve([])
  );
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  piekMB: number;
  /** CPU seconds (user + system). */
  seconden: number;
}

let map: string;
let goed: string;
let register: string;
let gevallen: Geval[];
const runs = new Map<string, Run>();
const sha = (pad: string) => createHash("sha256").update(readFileSync(pad)).digest("hex");
const uitMap = (geval: Geval, opdracht: Opdracht) => join(map, "uit", `${geval.naam}-${opdracht}`);
const invoer = (geval: Geval) => join(map, "in", geval.naam);

/** The arguments of `opdracht` on this file; verschil takes it as the newer version of a good list. */
function argumenten(opdracht: Opdracht, pad: string, uit: string): string[] {
  const peil = ["--peildatum", PEIL];
  if (opdracht === "verschil") return ["verschil", goed, pad, ...peil];
  if (opdracht === "normaliseer")
    return [opdracht, pad, "--register", register, ...peil, "--out", uit];
  return [opdracht, pad, ...peil, "--out", uit];
}

/** Issue 24, cases 1-3: an --out that is an input by another path, or a file already there. */
interface UitGeval {
  naam: string;
  /** In its own folder: the input, the --out path, and the files that must stay as they are. */
  maak: (map: string) => { invoer: string; uit: string; extra: string[] };
  melding: RegExp;
}
// valideer (the patcher) and normaliseer (exceljs) write copies in two ways; mijlpalen --out passes
// the same check (src/host/xlsx/safe-output.ts) and is left out to keep the corpus within a minute.
const UIT_OPDRACHTEN = ["valideer", "normaliseer"] as const;
type UitOpdracht = (typeof UIT_OPDRACHTEN)[number];

const UIT_GEVALLEN: UitGeval[] = [
  {
    naam: "--out een snelkoppeling naar de invoer",
    maak: (m) => ({ ...kopieVanGoed(m), uit: link(m, (doel, pad) => symlinkSync(doel, pad)) }),
    melding: /is het invoerbestand zelf \(via een snelkoppeling\)/,
  },
  {
    naam: "--out een harde koppeling naar de invoer",
    maak: (m) => ({ ...kopieVanGoed(m), uit: link(m, (doel, pad) => linkSync(doel, pad)) }),
    melding: /is het invoerbestand zelf \(via een harde koppeling\)/,
  },
  {
    naam: "--out de invoer via een gekoppelde map",
    maak: (m) => {
      symlinkSync(m, join(m, "ook"), "dir");
      return { ...kopieVanGoed(m), uit: join(m, "ook", "lijst.xlsx") };
    },
    melding: /is het invoerbestand zelf/,
  },
  {
    naam: "--out bestaat al",
    maak: (m) => {
      writeFileSync(join(m, "uit.xlsx"), "van een collega");
      return { ...kopieVanGoed(m), uit: join(m, "uit.xlsx") };
    },
    melding: /bestaat al; gebruik --overschrijf/,
  },
  {
    naam: "--out het register",
    maak: (m) => {
      writeFileSync(join(m, "register.xlsx"), readFileSync(register));
      return { ...kopieVanGoed(m), uit: join(m, "register.xlsx") };
    },
    melding: /is het invoerbestand zelf|bestaat al/,
  },
];

/** Each entry of a folder: a link by where it points, a file by its sha256. */
function inhoudVan(m: string): Map<string, string> {
  return new Map(
    readdirSync(m).map((f) => {
      const pad = join(m, f);
      return [f, lstatSync(pad).isSymbolicLink() ? `-> ${readlinkSync(pad)}` : sha(pad)] as const;
    })
  );
}

function kopieVanGoed(m: string): { invoer: string; extra: string[] } {
  writeFileSync(join(m, "lijst.xlsx"), readFileSync(goed));
  return { invoer: join(m, "lijst.xlsx"), extra: [] };
}

function link(m: string, maak: (doel: string, pad: string) => void): string {
  maak(join(m, "lijst.xlsx"), join(m, "uit.xlsx"));
  return join(m, "uit.xlsx");
}

/** Per --out case and command: its folder, the sha256 of every file in it before the run, the run. */
const uitRuns = new Map<string, { map: string; voor: Map<string, string>; run?: Run }>();

function uitTaak(u: UitGeval, opdracht: UitOpdracht, i: number): () => Promise<void> {
  const m = join(map, "uit-gevallen", `${i}-${opdracht}`);
  mkdirSync(m, { recursive: true });
  const { invoer: pad, uit } = u.maak(m);
  const voor = inhoudVan(m);
  const peil = ["--peildatum", PEIL];
  const registerHier = join(m, "register.xlsx");
  const reg = existsSync(registerHier) ? registerHier : register;
  const args =
    opdracht === "normaliseer"
      ? [opdracht, pad, "--register", reg, ...peil, "--out", uit]
      : [opdracht, pad, ...peil, "--out", uit];
  const sleutel = `${u.naam} ${opdracht}`;
  uitRuns.set(sleutel, { map: m, voor });
  return async () => void (uitRuns.get(sleutel)!.run = await proces(args));
}

beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-vijandig-"));
  mkdirSync(join(map, "in"));
  // The same build the other CLI process tests run (test/cli/uitvoer.test.ts).
  const build = spawnSync("npx", ["tsc", "-b", "tsconfig.cli.json"], { cwd: ROOT });
  expect(build.status).toBe(0);
  gevallen = await corpus();
  goed = join(map, "goed.xlsx");
  writeFileSync(goed, await werkmapMetBladdata(bladdata(LIJST)));
  register = join(map, "register.xlsx");
  writeFileSync(register, await werkmapMetBladdata(bladdata(REGISTER)));
  const taken: (() => Promise<void>)[] = [];
  for (const g of gevallen) {
    writeFileSync(invoer(g), g.bytes);
    for (const opdracht of OPDRACHTEN.filter((o) => g.codes[o] !== undefined)) {
      mkdirSync(uitMap(g, opdracht), { recursive: true });
      const args = argumenten(opdracht, invoer(g), join(uitMap(g, opdracht), "uit.xlsx"));
      taken.push(async () => void runs.set(`${g.naam} ${opdracht}`, await proces(args)));
    }
  }
  UIT_GEVALLEN.forEach((u, i) => UIT_OPDRACHTEN.forEach((o) => taken.push(uitTaak(u, o, i))));
  const aantal = taken.length;
  const start = Date.now();
  // Two at a time: CI has two cores, and each process is measured on its own.
  await Promise.all(
    [0, 1].map(async () => {
      for (let taak = taken.shift(); taak; taak = taken.shift()) await taak();
    })
  );
  const cpu = [...runs.values(), ...[...uitRuns.values()].map((u) => u.run!)].reduce(
    (som, r) => som + r.seconden,
    0
  );
  console.log(
    `vijandige bestanden: ${gevallen.length} bestanden, ${aantal} CLI-processen, ${cpu.toFixed(0)} s CPU, ${((Date.now() - start) / 1000).toFixed(0)} s`
  );
}, 240_000);

afterAll(() => map && rmSync(map, { recursive: true, force: true }));

/**
 * One CLI process: its exit code, output, peak memory and CPU seconds (GNU time's %M, %U and %S;
 * without it Node's own maxRSS and the wall time). CPU, not wall time: the bound must hold on a
 * machine that other work keeps busy.
 */
function proces(args: string[]): Promise<Run> {
  const meting = join(map, `meting-${Math.random().toString(36).slice(2)}`);
  const time = existsSync("/usr/bin/time");
  const [bestand, ...rest] = time
    ? ["/usr/bin/time", "-o", meting, "-f", "%M %U %S", process.execPath, CLI, ...args]
    : [process.execPath, "--require", join(ROOT, "bench/maxrss.js"), CLI, ...args];
  const start = process.hrtime.bigint();
  return new Promise((klaar) => {
    const child = execFile(
      bestand,
      rest,
      { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (_error, out, err) => {
        const wand = Number(process.hrtime.bigint() - start) / 1e9;
        // GNU time puts "Command exited with non-zero status 2" before its figures.
        const [kb, user, sys] = time
          ? readFileSync(meting, "utf8").trim().split("\n").pop()!.split(" ").map(Number)
          : [Number(/REGIE_MAXRSS_KB=(\d+)/.exec(err)?.[1]), wand, 0];
        const zonder = err.replace(/\n?REGIE_MAXRSS_KB=\d+\n/, "");
        klaar({ code: child.exitCode, out, err: zonder, piekMB: kb / 1024, seconden: user + sys });
      }
    );
  });
}

/** Exactly one line, Dutch, as Regie words a refusal: no English, no stack, no "onverwachte fout". */
function eenNederlandseRegel(tekst: string): void {
  const regels = tekst.trimEnd().split("\n");
  expect(regels).toHaveLength(1);
  expect(regels[0]).not.toMatch(
    /onverwachte fout|\bat \S+ \(|Error\b|undefined|\b(the|cannot|failed|file|invalid|in model)\b/i
  );
}

const metOpdracht = (o: Opdracht) => gevallen.filter((g) => g.codes[o] !== undefined);

describe("every hostile file of issue 24 (cases 4-9) through the built CLI", () => {
  test.each(OPDRACHTEN)(
    "%s: the expected exit code, one Dutch line, within 500 MB, input unchanged, no stray --out",
    async (opdracht) => {
      // What each file got, printed first: a failing case is then seen beside all the others.
      console.log(
        `${opdracht}:\n` +
          metOpdracht(opdracht)
            .map((g) => [g, runs.get(`${g.naam} ${opdracht}`)!] as const)
            .map(
              ([g, r]) =>
                `${g.naam}: ${r.code} ${r.seconden.toFixed(1)} s CPU ${r.piekMB.toFixed(0)} MB ${r.err.trim()}`
            )
            .join("\n")
      );
      for (const g of metOpdracht(opdracht)) {
        veilig(g, opdracht);
        if (!g.gat?.[opdracht]) await zoalsVerwacht(g, opdracht);
      }
    }
  );
});

const gaten = () =>
  gevallen.flatMap((g) =>
    OPDRACHTEN.filter((o) => g.gat?.[o]).map(
      (o) => [`${g.naam} ${o}: ${g.gat?.[o]}`, g, o] as const
    )
  );

// Known gaps of issue 24 (cases 5 and 9) on this branch, listed in the corpus's `gat` entries.
describe("known gaps, each failing as it should until it is closed", () => {
  test("the corpus names them", () => expect(gaten().map(([naam]) => naam)).toHaveLength(1));
  for (const i of [0])
    test.failing(`gap ${i + 1} (see the corpus's gat entries)`, async () => {
      const [, g, opdracht] = gaten()[i];
      await zoalsVerwacht(g, opdracht);
    });
});

/** What every run must be, gap or not: the input as it was, bounded, nothing half written. */
function veilig(g: Geval, opdracht: Opdracht): void {
  const r = runs.get(`${g.naam} ${opdracht}`)!;
  expect({ geval: g.naam, piek: r.piekMB < MAX_MB, snel: r.seconden < MAX_S }).toEqual({
    geval: g.naam,
    piek: true,
    snel: true,
  });
  expect(sha(invoer(g))).toBe(sha256(g.bytes));
  if (r.code !== 0 && r.code !== 1) expect(readdirSync(uitMap(g, opdracht))).toEqual([]);
}

/** The exit code the corpus expects, one Dutch line for a refusal, and a copy that reads again. */
async function zoalsVerwacht(g: Geval, opdracht: Opdracht): Promise<void> {
  const r = runs.get(`${g.naam} ${opdracht}`)!;
  expect({ geval: g.naam, code: r.code }).toEqual({ geval: g.naam, code: g.codes[opdracht] });
  const uit = readdirSync(uitMap(g, opdracht));
  if (r.code === 2) {
    eenNederlandseRegel(r.err);
    expect(r.err).toMatch(/^regie: /);
    if (g.melding) expect(r.err).toMatch(g.melding);
    expect(uit).toEqual([]);
    return;
  }
  expect(r.err).toBe("");
  if (opdracht === "verschil") return;
  expect(uit).toEqual(["uit.xlsx"]);
  const kopie = join(uitMap(g, opdracht), "uit.xlsx");
  // The copy reads again, in Regie's reader, with the list's header where it was.
  const [blad] = await (await XlsxWorkbook.open(kopie)).read([{ sheet: "Blad1" }]);
  expect(blad?.grid.values[0]).toEqual(kop());
  await g.kopie?.(kopie);
}

describe("--out through a link to the input, into an existing file or the register (cases 1-3)", () => {
  test.each(UIT_GEVALLEN.flatMap((u) => UIT_OPDRACHTEN.map((o) => [u.naam, o, u] as const)))(
    "%s, %s: exit 2, one Dutch line, every file in the folder as it was",
    (_naam, opdracht, u) => {
      const { map: m, voor, run } = uitRuns.get(`${u.naam} ${opdracht}`)!;
      expect(run?.code).toBe(2);
      eenNederlandseRegel(run!.err);
      expect(run!.err).toMatch(u.melding);
      // Also no temporary file left beside them.
      expect(inhoudVan(m)).toEqual(voor);
    }
  );
});

describe("every hostile file through the reader behind the pane's file picker", () => {
  test("comparing the open list with each file: one Dutch sentence or a comparison, within seconds", async () => {
    const lijst = await openFile(readFileSync(goed), "lijst.xlsx");
    for (const g of gevallen) {
      const regie = maakRegie(
        lijst,
        { lees: async () => null, bewaar: async () => undefined },
        "excel",
        { klok: () => new Date(2021, 1, 24, 10), openFile }
      );
      const start = Date.now();
      const r = await regie.vergelijkMetBestand(
        { peildatum: PEIL },
        { naam: g.naam, datum: "2021-01-13", bytes: g.bytes }
      );
      expect({ geval: g.naam, seconden: (Date.now() - start) / 1000 < MAX_S }).toEqual({
        geval: g.naam,
        seconden: true,
      });
      if (g.paneel === null)
        expect({ geval: g.naam, ok: r.ok }).toEqual({ geval: g.naam, ok: true });
      else {
        expect({ geval: g.naam, ok: r.ok }).toEqual({ geval: g.naam, ok: false });
        const tekst = r.ok ? "" : foutTekst(r.refusal);
        eenNederlandseRegel(tekst);
        expect(tekst).toMatch(g.paneel);
      }
    }
  });
});

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
