import { posix } from "node:path";
import { unescapeXml } from "../package";
import { applyEdits, escapeXml, prefixOf, withAttribute, type Edit } from "./edits";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The texts of the three parts that list a workbook's sheets. */
export interface SheetLists {
  workbook: string;
  rels: string;
  types: string;
}

/** Adds a sheet at the end: its <sheet> in the workbook, its relationship and its content type. */
export function addSheetEntry(
  lists: SheetLists,
  workbookPart: string,
  sheet: { name: string; part: string; state: "visible" | "hidden" | "veryHidden" }
): SheetLists {
  const ids = [...lists.rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rId = `rId${Math.max(0, ...ids) + 1}`;
  const sheetIds = [...lists.workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bsheetId="(\d+)"/g)].map(
    (m) => Number(m[1])
  );
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const wp = prefixOf(lists.workbook, "workbook");
  // Declared on the element itself: a producer may bind r only where it uses it (openpyxl does so
  // on each <sheet>), so a prefix seen elsewhere in the part need not be in scope here.
  const idAttr = `xmlns:r="${REL_NS}" r:id="${rId}"`;
  const state = sheet.state === "visible" ? "" : ` state="${sheet.state}"`;
  const entry = `<${wp}sheet name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${state} ${idAttr}/>`;
  const rp = prefixOf(lists.rels, "Relationships");
  const target = posix.relative(posix.dirname(workbookPart), sheet.part);
  const rel = `<${rp}Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(target)}"/>`;
  const tp = prefixOf(lists.types, "Types");
  const override = `<${tp}Override PartName="/${escapeXml(sheet.part)}" ContentType="${WORKSHEET_CONTENT}"/>`;
  return {
    workbook: before(lists.workbook, `</${wp}sheets>`, entry),
    rels: before(lists.rels, `</${rp}Relationships>`, rel),
    types: before(lists.types, `</${tp}Types>`, override),
  };
}

/** Removes a sheet's <sheet>, relationship and content type (the caller removes the part). */
export function removeSheetEntry(
  lists: SheetLists,
  workbookPart: string,
  sheet: { name: string; part: string }
): SheetLists {
  const target = posix.relative(posix.dirname(workbookPart), sheet.part);
  const rel = [...lists.rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].find((m) => {
    const t = /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? "";
    return t === target || t === `/${sheet.part}`;
  });
  const rId = rel && /\bId="([^"]*)"/.exec(rel[0])?.[1];
  const entry = [...lists.workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].find(
    (m) => new RegExp(`:id="${rId}"`).test(m[0]) && rId
  );
  const override = [...lists.types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)].find((m) =>
    m[0].includes(`PartName="/${sheet.part}"`)
  );
  if (!rel || !entry) throw new Error(`blad ${sheet.name} niet gevonden in de werkmap`);
  const cut = (xml: string, m: RegExpMatchArray | undefined) =>
    m ? applyEdits(xml, [{ at: m.index!, length: m[0].length, text: "" }]) : xml;
  return {
    workbook: cut(lists.workbook, entry),
    rels: cut(lists.rels, rel),
    types: cut(lists.types, override),
  };
}

function before(xml: string, close: string, text: string): string {
  const at = xml.lastIndexOf(close);
  if (at < 0) throw new Error(`${close} ontbreekt`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * After the sheet at `index` left the workbook: names scoped to it go (as they go in Excel), names
 * and the view's tabs that count past it move one down.
 */
export function renumberAfterRemoval(workbook: string, index: number): string {
  const p = prefixOf(workbook, "workbook");
  const edits: Edit[] = [];
  const names = new RegExp(
    `<${p}definedName\\b[^>]*?\\blocalSheetId="(\\d+)"[^>]*?(?:/>|>[\\s\\S]*?</${p}definedName>)`,
    "g"
  );
  for (const m of workbook.matchAll(names)) {
    const id = Number(m[1]);
    if (id === index) edits.push({ at: m.index!, length: m[0].length, text: "" });
    else if (id > index) {
      const start = m[0].indexOf(">") + 1;
      const tag = m[0].slice(0, start);
      edits.push({
        at: m.index!,
        length: start,
        text: withAttribute(tag, "localSheetId", `${id - 1}`),
      });
    }
  }
  for (const m of workbook.matchAll(new RegExp(`<${p}workbookView\\b[^>]*>`, "g"))) {
    let tag = m[0];
    for (const name of ["activeTab", "firstSheet"]) {
      const v = Number(new RegExp(`\\b${name}="(\\d+)"`).exec(tag)?.[1] ?? 0);
      if (v > index) tag = withAttribute(tag, name, `${v - 1}`);
    }
    if (tag !== m[0]) edits.push({ at: m.index!, length: m[0].length, text: tag });
  }
  return applyEdits(workbook, edits);
}

/** The sheet Excel opens on (the first workbook view's activeTab). */
export function withActiveTab(workbook: string, index: number): string {
  const p = prefixOf(workbook, "workbook");
  const m = new RegExp(`<${p}workbookView\\b[^>]*>`).exec(workbook);
  if (!m) return workbook;
  const tag = withAttribute(m[0], "activeTab", `${index}`);
  return applyEdits(workbook, [{ at: m.index, length: m[0].length, text: tag }]);
}

// CT_Workbook's children after definedNames (ECMA-376 18.2.27): a new <definedNames> goes before them.
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The sheet's print area: the defined name _xlnm.Print_Area scoped to it (ECMA-376 18.2.5). */
export function withPrintArea(
  workbook: string,
  index: number,
  sheet: string,
  range: string
): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return withSheetName(workbook, index, "_xlnm.Print_Area", sheet, absolute);
}

/** The rows printed atop every page ("$6:$6"): _xlnm.Print_Titles scoped to the sheet. */
export function withPrintTitles(
  workbook: string,
  index: number,
  sheet: string,
  rows: string
): string {
  const absolute = rows.replace(/\$?(\d+):\$?(\d+)/, "$$$1:$$$2");
  return withSheetName(workbook, index, "_xlnm.Print_Titles", sheet, absolute);
}

/** A defined name scoped to the sheet at `index`, referring to `ref` on it. */
function withSheetName(
  workbook: string,
  index: number,
  definedName: string,
  sheet: string,
  ref: string
): string {
  const p = prefixOf(workbook, "workbook");
  const name =
    `<${p}definedName name="${definedName}" localSheetId="${index}">` +
    `${escapeXml(`'${sheet.replace(/'/g, "''")}'!${ref}`)}</${p}definedName>`;
  const close = `</${p}definedNames>`;
  if (workbook.includes(close)) return before(workbook, close, name);
  const next = AFTER_DEFINED_NAMES.map((local) =>
    new RegExp(`<${p}${local}[\\s/>]`).exec(workbook)
  ).find((m) => m !== null);
  const at = next ? next.index : workbook.lastIndexOf(`</${p}workbook>`);
  const block = `<${p}definedNames>${name}</${p}definedNames>`;
  return applyEdits(workbook, [{ at, length: 0, text: block }]);
}

/**
 * A styles part for a workbook that had none: its relationship from the workbook and its content
 * type (ECMA-376 Part 1, §12.3.20 Styles Part).
 */
export function addStylesEntry(
  lists: { rels: string; types: string },
  workbookPart: string,
  part: string
): { rels: string; types: string } {
  const ids = [...lists.rels.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
  const rId = `rId${Math.max(0, ...ids) + 1}`;
  const rp = prefixOf(lists.rels, "Relationships");
  const target = posix.relative(posix.dirname(workbookPart), part);
  const rel = `<${rp}Relationship Id="${rId}" Type="${REL_NS}/styles" Target="${escapeXml(target)}"/>`;
  return {
    rels: before(lists.rels, `</${rp}Relationships>`, rel),
    types: withOverrides(lists.types, [{ part, type: STYLES_CONTENT }]),
  };
}

const STYLES_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** Declares the content type of each new part. */
export function withOverrides(
  types: string,
  overrides: readonly { part: string; type: string }[]
): string {
  const tp = prefixOf(types, "Types");
  const entries = overrides
    .map((o) => `<${tp}Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`)
    .join("");
  return before(types, `</${tp}Types>`, entries);
}

/** A sheet of the file shown, hidden or very hidden: the state attribute of its <sheet>. */
export function withSheetState(
  workbook: string,
  name: string,
  state: "visible" | "hidden" | "veryHidden"
): string {
  const wp = prefixOf(workbook, "workbook");
  const entry = [...workbook.matchAll(new RegExp(`<${wp}sheet\\b[^>]*>`, "g"))].find(
    (m) => unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "") === name
  );
  if (!entry) throw new Error(`blad ${name} niet gevonden in de werkmap`);
  const tag =
    state === "visible"
      ? entry[0].replace(/\sstate="[^"]*"/, "")
      : withAttribute(entry[0], "state", state);
  return applyEdits(workbook, [{ at: entry.index!, length: entry[0].length, text: tag }]);
}
