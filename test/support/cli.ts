import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { runCli } from "../../src/cli/main";

/** Runs the CLI in-process with a fixed "today", collecting what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, {
    out: (t) => (out += t + "\n"),
    err: (t) => (err += t + "\n"),
    today: () => "2021-02-24",
    now: () => "2021-02-24 10:00:00",
  });
  return { code, out, err };
}

/** Runs `npm run -s cli -- ...` as a user would: a real process, real exit code. */
export function cliProces(...argv: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync("npm", ["run", "-s", "cli", "--", ...argv], {
    cwd: resolve(__dirname, "../.."),
    encoding: "utf8",
    timeout: 120_000,
  });
  return {
    code: r.status,
    out: r.stdout,
    err: r.stderr
      .split("\n")
      .filter((l) => !l.startsWith("npm warn"))
      .join("\n"),
  };
}
