import type JSZip from "jszip";
import { entryText } from "./entry-text";
import {
  INFLATE_LIMITS,
  InflateLimitError,
  TooLargeError,
  type InflateLimits,
} from "./package-limits";
import * as posix from "./zip-path";
import { attr, isMain, isTrue, parseXml, PartError, relId } from "./xml";

/** The workbook part's outline: its sheets, the date system, and where strings and styles live. */
export interface WorkbookParts {
  workbook: string;
  sheets: SheetEntry[];
  /** Index into `sheets` of the sheet Excel opens on. */
  activeTab: number;
  /** `<workbookPr date1904="1"/>`: serials count days from 1904-01-01 instead of 1899-12-31. */
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
  /** Sheet indexes that a defined name is scoped to (`localSheetId`). */
  localSheetIds: number[];
  /** The workbook part is in Strict Open XML's namespace (ISO/IEC 29500 Strict), not Transitional. */
  strict: boolean;
  /** The package says its workbook is macro-enabled (an .xlsm's main content type). */
  macro: boolean;
}

/** The main part's content type of a macro-enabled workbook ([MS-OFFMACRO2] / an .xlsm). */
const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export interface SheetEntry {
  name: string;
  /** The sheet's part in the zip; "" when its relationship points nowhere. */
  part: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface Relationship {
  type: string;
  /** A zip path (relative targets resolved against the source, absolute ones from the root). */
  target: string;
  external: boolean;
}

const DOCUMENT_TYPE = /\/officeDocument$/;

/**
 * Finds the workbook through the package's own relationships (`_rels/.rels`), as Excel does, then
 * reads xl/workbook.xml and its relationships. Missing or malformed parts throw a PartError naming
 * the part.
 */
export async function readWorkbookParts(zip: JSZip): Promise<WorkbookParts> {
  const root = partFile(zip, "_rels/.rels") ? await relationships(zip, "") : new Map();
  const document = [...root.values()].find((r) => DOCUMENT_TYPE.test(r.type) && !r.external);
  const workbook = document?.target ?? "xl/workbook.xml";
  const xml = await partText(zip, workbook);
  const rels = await relationships(zip, workbook);
  const sheets: SheetEntry[] = [];
  let activeTab = 0;
  let date1904 = false;
  const localSheetIds: number[] = [];
  let strict = false;
  parseXml(xml, workbook, {
    open(tag) {
      if (tag.local === "workbook") strict = tag.uri === STRICT_MAIN;
      if (isMain(tag, "sheet")) {
        const rel = rels.get(relId(tag) ?? "");
        const state = attr(tag, "state");
        sheets.push({
          name: attr(tag, "name") ?? "",
          part: rel && !rel.external ? rel.target : "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        });
      } else if (isMain(tag, "workbookPr")) date1904 = isTrue(attr(tag, "date1904"));
      else if (isMain(tag, "definedName") && attr(tag, "localSheetId") !== undefined)
        localSheetIds.push(Number(attr(tag, "localSheetId")));
      else if (isMain(tag, "workbookView") && activeTab === 0)
        activeTab = Number(attr(tag, "activeTab") ?? 0) || 0;
    },
  });
  const ofType = (suffix: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix) && !r.external)?.target ?? null;
  return {
    workbook,
    sheets,
    activeTab,
    date1904,
    sharedStrings: ofType("/sharedStrings"),
    styles: ofType("/styles"),
    localSheetIds,
    strict,
    macro: await isMacroEnabled(zip, workbook),
  };
}

/** Whether [Content_Types].xml gives the workbook part the macro-enabled main content type. */
async function isMacroEnabled(zip: JSZip, workbook: string): Promise<boolean> {
  if (!partFile(zip, "[Content_Types].xml")) return false;
  const types = await partText(zip, "[Content_Types].xml");
  let macro = false;
  parseXml(types, "[Content_Types].xml", {
    open(tag) {
      if (tag.local !== "Override") return;
      const part = (attr(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase();
      if (part === workbook.toLowerCase() && attr(tag, "ContentType") === MACRO_MAIN) macro = true;
    },
  });
  return macro;
}

/** A part's relationships by id; "" as source means the package root. */
export async function relationships(
  zip: JSZip,
  source: string,
  limits: InflateLimits = INFLATE_LIMITS
): Promise<Map<string, Relationship>> {
  const rels = relsPathOf(source);
  const map = new Map<string, Relationship>();
  if (!partFile(zip, rels)) return map;
  parseXml(await partText(zip, rels, limits), rels, {
    open(tag) {
      if (tag.local !== "Relationship") return;
      const target = attr(tag, "Target") ?? "";
      const external = attr(tag, "TargetMode") === "External";
      map.set(attr(tag, "Id") ?? "", {
        type: attr(tag, "Type") ?? "",
        target: external ? target : resolveTarget(source, target),
        external,
      });
    },
  });
  return map;
}

/** Targets are relative to the source's folder, or absolute from the package root (openpyxl). */
export function resolveTarget(source: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // a stray % is part of the name
  }
  if (decoded.startsWith("/")) return posix.normalize(decoded.slice(1));
  return posix.normalize(posix.join(posix.dirname(source), decoded));
}

/** xl/workbook.xml -> xl/_rels/workbook.xml.rels; "" (the root) -> _rels/.rels */
export function relsPathOf(part: string): string {
  if (part === "") return "_rels/.rels";
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/**
 * The zip entry of a part. Part names compare as case-insensitive ASCII strings (ECMA-376 Part 2,
 * Open Packaging Conventions, "Part Name Equivalence", rule M1.12), so rels saying
 * sharedStrings.xml find xl/SharedStrings.xml; entry names some Windows tools write with
 * backslashes (xl\workbook.xml) count as "/" (Excel and LibreOffice open both: issue 24, case 7).
 * The exact name is tried first: the common case costs nothing more.
 */
export function partFile(zip: JSZip, name: string): JSZip.JSZipObject | null {
  const exact = zip.file(name);
  if (exact) return exact;
  const wanted = name.toLowerCase();
  for (const entry in zip.files) {
    const file = zip.files[entry];
    if (!file.dir && entry.replace(/\\/g, "/").toLowerCase() === wanted) return file;
  }
  return null;
}

/** Bytes inflated per package so far, by part: the total cap counts each part once. */
const inflatedSizes = new WeakMap<JSZip, Map<string, number>>();

/**
 * A part as text, inflated within PART_LIMIT and what is left of TOTAL_LIMIT for the package;
 * past either an InflateLimitError naming the part. Missing or damaged parts throw a PartError.
 */
export async function partText(
  zip: JSZip,
  path: string,
  limits: InflateLimits = INFLATE_LIMITS
): Promise<string> {
  const file = partFile(zip, path);
  if (!file) throw new PartError(path, "ontbreekt");
  let sizes = inflatedSizes.get(zip);
  if (!sizes) inflatedSizes.set(zip, (sizes = new Map()));
  let used = 0;
  for (const [part, size] of sizes) if (part !== path) used += size;
  const total = limits.total - used < limits.part;
  const max = Math.max(0, Math.min(limits.part, limits.total - used));
  let text: string;
  try {
    text = await entryText(file, max);
  } catch (error) {
    if (error instanceof TooLargeError)
      throw new InflateLimitError(path, total ? limits.total : limits.part, total);
    throw new PartError(
      path,
      "niet-uit-te-pakken",
      error instanceof Error ? error.message : String(error)
    );
  }
  // Characters, not bytes: a lower bound of the bytes for non-ASCII text, exact for ASCII XML.
  sizes.set(path, text.length);
  return text;
}
