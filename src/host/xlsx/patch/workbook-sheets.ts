import { posix } from "node:path";
import { applyEdits, escapeXml, prefixOf } from "./edits";

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
