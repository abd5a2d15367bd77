import * as fsp from "node:fs/promises";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UitvoerFout, writeAtomically, type AtomicFs } from "../../../src/host/xlsx/safe-output";

const BYTES = new Uint8Array(64 * 1024).fill(7);
const fout = (code: string) => Object.assign(new Error(`${code}: x`), { code });

/** Real fs calls, with the step named `at` failing with `code` (a write gets 10 KB in first). */
function failing(at: "open" | "write" | "sync" | "rename" | "nothing", code: string): AtomicFs {
  return {
    open: async (...args: Parameters<typeof fsp.open>) => {
      if (at === "open") throw fout(code);
      const handle = await fsp.open(...args);
      if (at === "write")
        handle.writeFile = async () => {
          await handle.write(BYTES.subarray(0, 10_240));
          throw fout(code);
        };
      if (at === "sync") handle.sync = async () => Promise.reject(fout(code));
      return handle;
    },
    rename: async (...args: Parameters<typeof fsp.rename>) =>
      at === "rename" ? Promise.reject(fout(code)) : fsp.rename(...args),
    unlink: fsp.unlink,
    link: fsp.link,
  };
}

describe("writeAtomically", () => {
  test("writes the whole file with the mode asked for, and nothing else in the folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "regie-atomic-"));
    const target = join(dir, "kopie.xlsx");
    writeFileSync(target, "oud");
    await writeAtomically(target, BYTES, { replace: true, mode: 0o600 });
    expect(Buffer.compare(readFileSync(target), Buffer.from(BYTES))).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
  });

  test.each([
    ["open", "EACCES"],
    ["write", "ENOSPC"],
    ["write", "EFBIG"],
    ["sync", "EIO"],
    ["rename", "EBUSY"],
  ] as const)("%s failing with %s: the target as it was, no temporary file", async (at, code) => {
    const dir = mkdtempSync(join(tmpdir(), "regie-atomic-"));
    const target = join(dir, "kopie.xlsx");
    writeFileSync(target, "de vorige kopie");
    const attempt = writeAtomically(target, BYTES, { replace: true, fs: failing(at, code) });
    await expect(attempt).rejects.toBeInstanceOf(UitvoerFout);
    await expect(attempt).rejects.toMatchObject({ code, path: target });
    expect(readFileSync(target, "utf8")).toBe("de vorige kopie");
    expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
  });

  test("no target before a failed write: still none after", async () => {
    const dir = mkdtempSync(join(tmpdir(), "regie-atomic-"));
    const target = join(dir, "kopie.xlsx");
    await expect(
      writeAtomically(target, BYTES, { replace: false, fs: failing("write", "ENOSPC") })
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  describe("without replace", () => {
    test("a file that appeared at the target in the meantime stays (EEXIST), no temporary file", async () => {
      const dir = mkdtempSync(join(tmpdir(), "regie-atomic-"));
      const target = join(dir, "kopie.xlsx");
      const appears: AtomicFs = {
        ...failing("nothing", ""),
        open: async (...args: Parameters<typeof fsp.open>) => {
          writeFileSync(target, "van een collega");
          return fsp.open(...args);
        },
      };
      const attempt = writeAtomically(target, BYTES, { replace: false, fs: appears });
      await expect(attempt).rejects.toMatchObject({ code: "EEXIST", path: target });
      expect(readFileSync(target, "utf8")).toBe("van een collega");
      expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
    });

    test("a new target is written whole", async () => {
      const dir = mkdtempSync(join(tmpdir(), "regie-atomic-"));
      const target = join(dir, "kopie.xlsx");
      await writeAtomically(target, BYTES, { replace: false });
      expect(Buffer.compare(readFileSync(target), Buffer.from(BYTES))).toBe(0);
      expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
    });

    test("a file system without hard links (EPERM) gets the rename", async () => {
      const dir = mkdtempSync(join(tmpdir(), "regie-atomic-"));
      const target = join(dir, "kopie.xlsx");
      const noLinks: AtomicFs = {
        ...failing("nothing", ""),
        link: async () => Promise.reject(fout("EPERM")),
      };
      await writeAtomically(target, BYTES, { replace: false, fs: noLinks });
      expect(Buffer.compare(readFileSync(target), Buffer.from(BYTES))).toBe(0);
      expect(readdirSync(dir)).toEqual(["kopie.xlsx"]);
    });
  });
});
