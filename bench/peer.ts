import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { proces, ROOT, type Proces } from "./meten";

const PYTHON = "/usr/bin/python3";

/** Debian's pandas and openpyxl, installed on first use (root or sudo); null when that cannot be done. */
function zorgVoorPandas(): boolean {
  const heeft = () => spawnSync(PYTHON, ["-c", "import pandas, openpyxl"]).status === 0;
  if (heeft()) return true;
  console.log(
    "pandas/openpyxl ontbreken: installeren uit Debian (python3-pandas, python3-openpyxl) ..."
  );
  const root = process.getuid?.() === 0;
  const apt = (args: string[]) =>
    spawnSync(root ? "apt-get" : "sudo", root ? args : ["apt-get", ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  apt(["update"]);
  apt(["install", "-y", "python3-pandas", "python3-openpyxl"]);
  return heeft();
}

/** The peer script on the same workbook: wall time and peak memory. */
export function peerMeting(pad: string): Proces | null {
  if (!zorgVoorPandas()) {
    console.log("pandas + openpyxl niet beschikbaar: vergelijking overgeslagen.");
    return null;
  }
  return proces(PYTHON, [join(ROOT, "bench/peer/tel_fasen.py"), pad], false);
}

/** The SheetJS peer (`xlsx` on npm) on the same workbook: a plain Node script computing the same counts. */
export function sheetjsMeting(pad: string): Proces {
  return proces(join(ROOT, "bench/peer/tel-fasen-sheetjs.js"), [pad]);
}
