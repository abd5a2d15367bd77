import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
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

// In-process: the same runCli a user's process runs. That a real process gives the same exit code
// and one Dutch line on stderr is tested once, in test/cli/valideer.test.ts; 105 processes here
// added a minute to the suite and found nothing the in-process run does not.
beforeAll(async () => {
  map = mkdtempSync(join(tmpdir(), "regie-corpus-"));
  paden = await maakCorpus(map);
});

const STACK = /\n\s+at |Error:|TypeError|ReferenceError|onverwachte fout/;

test("the corpus has at least 30 files", () => {
  expect(paden.length).toBeGreaterThanOrEqual(30);
});

test("every command on every file: exit 0, 1 or 2, no stack trace, input byte for byte the same, also with --out", async () => {
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
