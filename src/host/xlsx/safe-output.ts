import { randomBytes } from "node:crypto";
import { lstatSync, realpathSync, statSync, type Stats } from "node:fs";
import * as fsp from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Why a copy may not be written to `pad`, before anything is read or written: a typed value that
 * the CLI words in one place (`uitvoerTekst` in src/cli/errors.ts).
 */
export type UitvoerWeigering =
  | {
      code: "invoer-zelf";
      pad: string;
      /** How the target reaches the input: the same name, a symlink (file or folder), a hard link. */
      via: "pad" | "snelkoppeling" | "harde-koppeling";
    }
  | { code: "bestaat-al"; pad: string }
  /** A macro-enabled workbook copied to a name that does not end in .xlsm, or the other way round. */
  | { code: "macro-extensie"; pad: string; macro: boolean }
  /** A Strict Open XML workbook: read, but not copied (Regie's parts would be Transitional). */
  | { code: "strict-kopie"; pad: string };

/**
 * Whether a copy of a workbook of this kind may be written under `target`'s name. Excel checks a
 * file's content against its extension ("The file format differs from the format that the file
 * name extension specifies", Microsoft Support 948615): an .xlsx whose main part is macro-enabled,
 * or an .xlsm whose main part is not, does not open. A Strict package would get the Transitional
 * parts Regie writes (a styles part, its hidden sheet) beside its Strict ones, so it is refused
 * rather than mixed (issue 24, cases 5 and 9).
 */
export function soortWeigering(
  target: string,
  kind: { macro: boolean; strict: boolean }
): UitvoerWeigering | null {
  if (kind.strict) return { code: "strict-kopie", pad: target };
  if (kind.macro !== /\.xlsm$/i.test(target))
    return { code: "macro-extensie", pad: target, macro: kind.macro };
  return null;
}

/**
 * Checks `target` against every input file by identity, not by path string: the real path of its
 * folder plus its name (symlinked folders), and for an existing target the device and inode the
 * path leads to (a symlink or a hard link to an input). An existing target, a symlink included
 * (dangling or not), is refused unless `overwrite`.
 */
export function uitvoerWeigering(
  target: string,
  inputs: readonly string[],
  overwrite: boolean
): UitvoerWeigering | null {
  const real = join(realpathSync(dirname(resolve(target))), basename(target));
  const link = lstatOrNull(target);
  const at = link ? statOrNull(target) : null;
  for (const input of inputs) {
    if (real === realpathSync(input))
      return {
        code: "invoer-zelf",
        pad: target,
        via: resolve(target) === resolve(input) ? "pad" : "snelkoppeling",
      };
    if (at && sameFile(at, statSync(input)))
      return {
        code: "invoer-zelf",
        pad: target,
        via: link?.isSymbolicLink() ? "snelkoppeling" : "harde-koppeling",
      };
  }
  return link && !overwrite ? { code: "bestaat-al", pad: target } : null;
}

/** A write of the copy that failed; `code` is the file system's (ENOSPC, EFBIG ...), `path` the target. */
export class UitvoerFout extends Error {
  readonly code: string;
  constructor(
    readonly path: string,
    cause: unknown
  ) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(`Schrijven naar ${path} mislukt: ${String(cause)}`, { cause });
    this.name = "UitvoerFout";
    this.code = typeof code === "string" ? code : "onbekend";
  }
}

/** The fs operations an atomic write uses: injectable so tests can make one of them fail. */
export type AtomicFs = Pick<typeof fsp, "open" | "rename" | "unlink" | "link">;

/**
 * Writes `bytes` to `target` so that `target` is either what it was or the whole new file, never a
 * part: a temporary file created exclusively in the target's own folder (so rename stays on one file
 * system), all bytes, fsync, close, then rename over the target. On any failure the temporary file
 * is removed and a UitvoerFout names the target.
 *
 * Sources: Node's "File system flags" ('wx' fails if the path exists, a symlink included;
 * https://nodejs.org/api/fs.html#file-system-flags), filehandle.sync() asks for fsync(2)
 * (https://nodejs.org/api/fs.html#filehandlesync), and rename(2) replaces newpath atomically and,
 * when newpath is a symlink, replaces the link, not the file it points to
 * (https://man7.org/linux/man-pages/man2/rename.2.html). That last is what the user asked for: they
 * named the path `--out` and chose --overschrijf; the file behind a link elsewhere is not theirs to
 * lose through Regie (a link to an input is refused before, by uitvoerWeigering).
 *
 * Without `replace`, a file that appeared at the target since it was checked is not replaced:
 * link(2) fails with EEXIST where rename would replace (https://man7.org/linux/man-pages/man2/link.2.html).
 * A file system without hard links (FAT, some shares: EPERM, ENOTSUP, ENOSYS) falls back to
 * rename after that check (assumption: these are the codes such file systems give).
 */
export async function writeAtomically(
  target: string,
  bytes: Uint8Array,
  options: { replace: boolean; mode?: number; fs?: AtomicFs }
): Promise<void> {
  const fs = options.fs ?? fsp;
  const temp = join(
    dirname(target),
    `.${basename(target)}.${randomBytes(6).toString("hex")}.regie-tijdelijk`
  );
  let handle: fsp.FileHandle | undefined;
  let created = false;
  try {
    handle = await fs.open(temp, "wx", options.mode ?? 0o644);
    created = true;
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.replace || !(await linkedInPlace(fs, temp, target))) await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    // Only a file this call created: 'wx' failing with EEXIST means the name is someone else's.
    if (created) await fs.unlink(temp).catch(() => undefined);
    throw new UitvoerFout(target, error);
  }
}

/** Puts `temp` at `target` only if nothing is there: true when done, false where links are not to be had. */
async function linkedInPlace(fs: AtomicFs, temp: string, target: string): Promise<boolean> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "EPERM" || code === "ENOTSUP" || code === "ENOSYS") return false;
    throw error;
  }
  // The copy is in place under its own name; the temporary name goes (a failure here leaves both).
  await fs.unlink(temp).catch(() => undefined);
  return true;
}

/**
 * The mode for a copy of `input`: never more open to group and others than the input (a copy of a
 * file only its owner may read stays so), always readable and writable by its owner.
 */
export function copyMode(input: Stats | null): number {
  return input ? (input.mode & 0o666) | 0o600 : 0o644;
}

function sameFile(a: Stats, b: Stats): boolean {
  // An inode of 0 means the file system gives none (assumption: some network shares on Windows).
  return a.ino !== 0 && a.dev === b.dev && a.ino === b.ino;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** null for a path that leads nowhere: a dangling symlink is then no input. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
