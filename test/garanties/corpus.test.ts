import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { cli } from "../support/cli";
import { maakCorpus } from "../support/corpus";

jest.setTimeout(300_000);

const OPDRACHTEN = [
  ["validate"],
  ["validate", "--json"],
  ["normaliseer", "--json"],
  ["mijlpalen"],
  ["mijlpalen", "--json"],
];
let map: string;
let paden: string[];

beforeAll(async () => {
  // The real-process test runs the built CLI: bring it up to date (quick when it is).
  execFileSync(process.execPath, [
    require.resolve("typescript/bin/tsc"),
    "-b",
    resolve(__dirname, "../../tsconfig.cli.json"),
  ]);
  map = mkdtempSync(join(tmpdir(), "regie-corpus-"));
  paden = await maakCorpus(map);
});

const STACK = /\n\s+at |Error:|TypeError|ReferenceError|onverwachte fout/;

test("het corpus heeft minstens 30 bestanden", () => {
  expect(paden.length).toBeGreaterThanOrEqual(30);
});

test("elke opdracht op elk bestand: exit 0, 1 of 2, geen stacktrace, invoer byte voor byte gelijk, ook met --out", async () => {
  let runs = 0;
  for (const pad of paden) {
    const voor = readFileSync(pad);
    for (const opdracht of OPDRACHTEN) {
      const out = join(map, `uit-${basename(pad)}`);
      for (const extra of [[], ["--out", out]]) {
        const r = await cli(
          opdracht[0],
          pad,
          ...opdracht.slice(1),
          "--peildatum",
          "2021-02-24",
          ...extra
        );
        runs++;
        expect({ pad: basename(pad), opdracht, code: [0, 1, 2].includes(r.code) }).toEqual({
          pad: basename(pad),
          opdracht,
          code: true,
        });
        expect({ pad: basename(pad), opdracht, err: STACK.test(r.err) }).toEqual({
          pad: basename(pad),
          opdracht,
          err: false,
        });
        if (r.code === 2) expect(r.err.trim().split("\n")).toHaveLength(1);
        if (opdracht.includes("--json") && r.code !== 2)
          expect(() => JSON.parse(r.out)).not.toThrow();
      }
    }
    expect({ pad: basename(pad), gelijk: readFileSync(pad).equals(voor) }).toEqual({
      pad: basename(pad),
      gelijk: true,
    });
  }
  console.log(`corpus: ${paden.length} bestanden, ${runs} aanroepen`);
});

/** A real process as a user runs it: exit code and stderr as the shell sees them. */
function proces(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((klaar) => {
    const p = spawn(process.execPath, [resolve(__dirname, "../../build/cli/main.js"), ...args]);
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code) => klaar({ code, err }));
  });
}

test("als echt proces (gebouwde CLI): elk bestand, elke opdracht, geen stacktrace", async () => {
  const taken = paden.flatMap((pad) =>
    ["validate", "normaliseer", "mijlpalen"].map((o) => [o, pad])
  );
  const uitkomsten: { code: number | null; err: string; taak: string[] }[] = [];
  for (let i = 0; i < taken.length; i += 6) {
    const groep = taken.slice(i, i + 6);
    uitkomsten.push(
      ...(await Promise.all(
        groep.map(async (t) => ({ ...(await proces(t)), taak: [t[0], basename(t[1])] }))
      ))
    );
  }
  for (const u of uitkomsten) {
    expect({
      taak: u.taak,
      code: [0, 1, 2].includes(u.code ?? -1),
      stack: STACK.test(u.err),
    }).toEqual({ taak: u.taak, code: true, stack: false });
  }
});
