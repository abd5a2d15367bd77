import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fsp from "node:fs/promises";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "../support/cli";
import { fixture } from "../support/fixtures";

/** The --out copy: never over an input (by identity), never over a file unasked, never in part. */
const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");
const REGISTER = fixture("accounthouders-duo.xlsx");
const PEILDATUM = ["--peildatum", "2021-02-24"];

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** A folder with a writable copy of the action list (and the register), as a user has them. */
function folder(): { dir: string; lijst: string; register: string } {
  const dir = mkdtempSync(join(tmpdir(), "regie-uitvoer-"));
  const lijst = join(dir, "lijst.xlsx");
  const register = join(dir, "register.xlsx");
  writeFileSync(lijst, readFileSync(ACTIELIJST));
  writeFileSync(register, readFileSync(REGISTER));
  return { dir, lijst, register };
}

describe("--out refuses an input file, whatever path leads to it", () => {
  test.each([
    ["a symlink to the input", "via een snelkoppeling"],
    ["a hard link to the input", "via een harde koppeling"],
    ["the input through a symlinked folder", "via een snelkoppeling"],
  ])("%s: nothing read, nothing written", async (soort, via) => {
    const { dir, lijst } = folder();
    let out = join(dir, "uit.xlsx");
    if (soort.startsWith("a symlink")) symlinkSync(lijst, out);
    else if (soort.startsWith("a hard")) linkSync(lijst, out);
    else {
      symlinkSync(dir, join(dir, "ook"), "dir");
      out = join(dir, "ook", "lijst.xlsx");
    }
    const voor = sha(lijst);
    // --overschrijf too: an input is never a file the user may replace.
    const r = await cli("valideer", lijst, ...PEILDATUM, "--out", out, "--overschrijf");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      `regie: Niet geschreven: ${out} is het invoerbestand zelf (${via}); Regie schrijft altijd een kopie. Er is niets veranderd.`
    );
    expect(r.out).toBe("");
    expect(sha(lijst)).toBe(voor);
  });

  test("normaliseer lijst.xlsx --register register.xlsx --out register.xlsx: the register stays (case 2)", async () => {
    const { dir, lijst, register } = folder();
    const voor = [sha(lijst), sha(register)];
    const r = await cli("normaliseer", lijst, "--register", register, "--out", register);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Niet geschreven: ${register} is het invoerbestand zelf;`);
    expect([sha(lijst), sha(register)]).toEqual(voor);
    expect(readdirSync(dir).sort()).toEqual(["lijst.xlsx", "register.xlsx"]);
  });

  test("the input by its own path: refused as before, in the new wording", async () => {
    const { lijst } = folder();
    const r = await cli("mijlpalen", lijst, "--out", resolve(lijst, "..", ".", "lijst.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("is het invoerbestand zelf;");
  });
});

describe("an existing --out file", () => {
  test("is refused without --overschrijf, and left as it was", async () => {
    const { dir, lijst } = folder();
    const out = join(dir, "uit.xlsx");
    writeFileSync(out, "van een collega");
    const voor = sha(lijst);
    const r = await cli("valideer", lijst, ...PEILDATUM, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      `regie: Niet geschreven: ${out} bestaat al; gebruik --overschrijf om het te vervangen. Er is niets veranderd.`
    );
    expect(readFileSync(out, "utf8")).toBe("van een collega");
    expect(sha(lijst)).toBe(voor);
  });

  test("is replaced with --overschrijf; a symlink there is replaced, not the file it points to", async () => {
    const { dir, lijst } = folder();
    const ander = join(dir, "ander.txt");
    writeFileSync(ander, "van een collega");
    const out = join(dir, "uit.xlsx");
    symlinkSync(ander, out);
    const voor = sha(lijst);
    const r = await cli("valideer", lijst, ...PEILDATUM, "--out", out, "--overschrijf");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Gemarkeerde kopie geschreven naar ${out}.`);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(ander, "utf8")).toBe("van een collega");
    expect(sha(lijst)).toBe(voor);
    expect(readdirSync(dir).sort()).toEqual([
      "ander.txt",
      "lijst.xlsx",
      "register.xlsx",
      "uit.xlsx",
    ]);
  });

  test("--overschrijf is in the help of every command that has --out", async () => {
    for (const command of ["valideer", "normaliseer", "mijlpalen"]) {
      const r = await cli("help", command);
      expect(r.out).toMatch(/--overschrijf\s+vervang een bestaand --out-bestand/);
    }
  });
});

describe("a write that fails leaves the target as it was and no file behind", () => {
  afterEach(() => jest.restoreAllMocks());

  test("a full disk (ENOSPC) while writing over an existing copy", async () => {
    const { dir, lijst } = folder();
    const out = join(dir, "uit.xlsx");
    writeFileSync(out, "de vorige kopie");
    const open = fsp.open;
    // The module object itself, whose functions safe-output.ts calls at the time of the write.
    jest.spyOn(fsp, "open").mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await open(...args);
      // Half the bytes reach the disk, then it is full: what writeFile in place left behind.
      handle.writeFile = async (data: unknown) => {
        await handle.write((data as Uint8Array).subarray(0, 100));
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
          code: "ENOSPC",
        });
      };
      return handle;
    });
    const voor = sha(lijst);
    const r = await cli("valideer", lijst, ...PEILDATUM, "--out", out, "--overschrijf");
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`regie: De schijf is vol bij ${out}. Er is niets geschreven.`);
    expect(readFileSync(out, "utf8")).toBe("de vorige kopie");
    expect(sha(lijst)).toBe(voor);
    expect(readdirSync(dir).sort()).toEqual(["lijst.xlsx", "register.xlsx", "uit.xlsx"]);
  });

  test("a file that appears at --out while Regie works is not replaced without --overschrijf", async () => {
    const { dir, lijst } = folder();
    const out = join(dir, "uit.xlsx");
    const open = fsp.open;
    // A colleague saves uit.xlsx after Regie checked --out and before the copy is in place.
    jest.spyOn(fsp, "open").mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      if (String(args[0]).includes(".regie-tijdelijk")) writeFileSync(out, "van een collega");
      return open(...args);
    });
    const voor = sha(lijst);
    const r = await cli("valideer", lijst, ...PEILDATUM, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(
      `regie: Intussen verschenen, niet vervangen (gebruik --overschrijf om het te vervangen): ${out}. Er is niets geschreven.`
    );
    expect(readFileSync(out, "utf8")).toBe("van een collega");
    expect(sha(lijst)).toBe(voor);
    expect(readdirSync(dir).sort()).toEqual(["lijst.xlsx", "register.xlsx", "uit.xlsx"]);
  });

  test("a real process under ulimit -f (EFBIG): one Dutch line, exit 2, no partial file", () => {
    const root = resolve(__dirname, "../..");
    const main = join(root, "build/cli/main.js");
    const build = spawnSync("npx", ["tsc", "-b", "tsconfig.cli.json"], { cwd: root });
    expect(build.status).toBe(0);
    expect(existsSync(main)).toBe(true);
    const { dir, lijst } = folder();
    mkdirSync(join(dir, "kopie"));
    const out = join(dir, "kopie", "uit.xlsx");
    const voor = sha(lijst);
    // 5 blocks of 1,024 bytes: the marked copy of this list is larger (the input is 9,954 bytes).
    const r = spawnSync(
      "bash",
      [
        "-c",
        'ulimit -f 5; exec node "$0" valideer "$1" --peildatum 2021-02-24 --out "$2"',
        main,
        lijst,
        out,
      ],
      { encoding: "utf8", timeout: 60_000 }
    );
    expect(r.stderr.trim()).toBe(
      `regie: Te groot voor de schijf of de ingestelde bestandslimiet: ${out}. Er is niets geschreven.`
    );
    expect(r.status).toBe(2);
    expect(readdirSync(join(dir, "kopie"))).toEqual([]);
    expect(sha(lijst)).toBe(voor);
  });
});
