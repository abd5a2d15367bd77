import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { ExcelEmulator } from "../src/excel-stand-in";

export const ROOT = resolve(__dirname, "../..");

export function mediaan(waarden: number[]): number {
  const s = [...waarden].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median milliseconds of `keer` runs (after one warm-up). */
export function tijd(f: () => unknown, keer = 5): number {
  f();
  const ms: number[] = [];
  for (let i = 0; i < keer; i++) {
    const t = process.hrtime.bigint();
    f();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return mediaan(ms);
}

export interface Proces {
  seconden: number;
  piekMB: number;
  code: number | null;
  uit: string;
  /** stderr, without the peak-memory line. */
  fout: string;
}

/** Runs a command as a separate process; its wall time and (for Node) its peak memory. */
export function proces(bestand: string, args: string[], node = true): Proces {
  const t = process.hrtime.bigint();
  const metTime = !node && existsSync("/usr/bin/time");
  const r = node
    ? spawnSync(
        process.execPath,
        ["--require", resolve(ROOT, "bench/maxrss.js"), bestand, ...args],
        { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }
      )
    : metTime
      ? spawnSync("/usr/bin/time", ["-f", "REGIE_MAXRSS_KB=%M", bestand, ...args], {
          encoding: "utf8",
          maxBuffer: 512 * 1024 * 1024,
        })
      : spawnSync(bestand, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const seconden = Number(process.hrtime.bigint() - t) / 1e9;
  const kb = Number(/REGIE_MAXRSS_KB=(\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN);
  const fout = (r.stderr ?? "").replace(/\n?REGIE_MAXRSS_KB=\d+\n?/, "");
  return { seconden, piekMB: kb / 1024, code: r.status, uit: r.stdout ?? "", fout };
}

/**
 * Round trips and the largest request and response of a use-case through the Excel stand-in. A sync Excel
 * refused (over the 5 MB limit) is counted apart and left out of the largest payloads.
 */
export function syncs(standIn: ExcelEmulator): {
  aantal: string;
  maxVraagKB: number;
  maxAntwoordKB: number;
} {
  const gelukt = standIn.syncs.filter((s) => !s.error);
  const geweigerd = standIn.syncs.length - gelukt.length;
  return {
    aantal: geweigerd > 0 ? `${gelukt.length} (+${geweigerd} geweigerd)` : String(gelukt.length),
    maxVraagKB: Math.max(0, ...gelukt.map((s) => s.requestBytes)) / 1024,
    maxAntwoordKB: Math.max(0, ...gelukt.map((s) => s.responseBytes)) / 1024,
  };
}
