// @ts-check
/**
 * Mutation audit of the Excel stand-in's host rules (issue 25, item 5): each mutation below removes one
 * rule of src/excel-stand-in/README.md with the smallest edit; the script applies it in a copy of this
 * worktree (never in the worktree itself), runs the test suites and records which tests turned red.
 * Not part of `npm test`: run it by hand.
 *
 *   node scripts/emulator-mutaties.mjs                 all mutations, table to stdout
 *   node scripts/emulator-mutaties.mjs veryhidden ...  only mutations whose id contains one of the words
 *   node scripts/emulator-mutaties.mjs --out docs/emulator-mutaties.md
 *   node scripts/emulator-mutaties.mjs --list           the mutations as JSON (id, rule, mutation)
 *
 * Suites: tier 1 is test/excel-stand-in and test/host/office (about 17 s); only when tier 1 stays
 * green does tier 2 (test/app, about 36 s) run, so a "tier 2" entry means the stand-in's own tests
 * did not see the mutation.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { realpathSync } from "node:fs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const S = "src/excel-stand-in/";

/**
 * @typedef {{ file: string; search: string; replace: string }} Edit
 * @typedef {{ id: string; rule: string; mutation: string; edits: Edit[]; tier2?: boolean }} Mutation
 */

/** @type {Mutation[]} */
const MUTATIONS = [
  {
    id: "veryhidden-delete",
    rule: "`Worksheet.delete()` on a VeryHidden sheet fails (`InvalidOperation`)",
    mutation: "sheet-rules.ts: the VeryHidden check in deleteSheet removed",
    edits: [
      {
        file: S + "sheet-rules.ts",
        search:
          '  if (sheet.visibility === "VeryHidden")\n    throw hostErrors.invalidOperation("Worksheet.delete: the worksheet is VeryHidden");\n',
        replace: "",
      },
    ],
  },
  {
    id: "last-visible-hide",
    rule: "Hiding the last visible sheet fails (`InvalidOperation`)",
    mutation: "sheet-rules.ts: setVisibility's last-visible check off",
    edits: [
      {
        file: S + "sheet-rules.ts",
        search: 'if (visibility !== "Visible" && visibleOthers(model, sheet) === 0)',
        replace: 'if (false && visibility !== "Visible" && visibleOthers(model, sheet) === 0)',
      },
    ],
  },
  {
    id: "last-visible-delete",
    rule: "Deleting the last visible sheet fails (`InvalidOperation`)",
    mutation: "sheet-rules.ts: deleteSheet's last-visible check off",
    edits: [
      {
        file: S + "sheet-rules.ts",
        search: 'if (sheet.visibility === "Visible" && visibleOthers(model, sheet) === 0)',
        replace: 'if (false && sheet.visibility === "Visible" && visibleOthers(model, sheet) === 0)',
      },
    ],
  },
  {
    id: "payload-request",
    rule: "Web: a request over 5 MB fails (`RequestPayloadSizeLimitExceeded`)",
    mutation: "workbook.ts: the request size check off",
    edits: [
      {
        file: S + "workbook.ts",
        search: "if (limit !== null && record.requestBytes > limit) {",
        replace: "if (false && limit !== null && record.requestBytes > limit) {",
      },
    ],
  },
  {
    id: "payload-request-nothing",
    rule: "Web: a refused request changes nothing",
    mutation: "workbook.ts: the request is run, then refused",
    edits: [
      {
        file: S + "workbook.ts",
        search: "if (limit !== null && record.requestBytes > limit) {\n",
        replace:
          "if (limit !== null && record.requestBytes > limit) {\n      processRequest(body, this.session, record.index, []);\n",
      },
    ],
  },
  {
    id: "payload-response",
    rule: "Web: an answer over 5 MB fails (`ResponsePayloadSizeLimitExceeded`)",
    mutation: "workbook.ts and range-target.ts: both answer size checks off",
    edits: [
      {
        file: S + "workbook.ts",
        search: "if (!response.Error && limit !== null && record.responseBytes > limit) {",
        replace: "if (false && !response.Error && limit !== null && record.responseBytes > limit) {",
      },
      {
        file: S + "range-target.ts",
        search: "if (profile.payloadLimit !== null && least > profile.payloadLimit)",
        replace: "if (false && profile.payloadLimit !== null && least > profile.payloadLimit)",
      },
    ],
  },
  {
    id: "desktop-no-limit",
    rule: "Desktop profile: no payload limit",
    mutation: "profiles.ts: DESKTOP gets the web's 5 MB",
    edits: [
      {
        file: S + "profiles.ts",
        search:
          "payloadLimit: null,\n  maxReadCells: 5_000_000,\n  requirementSets: { ...COMMON, excelapi: NEWEST_EXCEL_API },",
        replace:
          "payloadLimit: 5 * 1024 * 1024,\n  maxReadCells: 5_000_000,\n  requirementSets: { ...COMMON, excelapi: NEWEST_EXCEL_API },",
      },
    ],
  },
  {
    id: "read-5m-cells",
    rule: "A read of more than 5,000,000 cells fails (`RangeExceedsLimit`)",
    mutation: "range-target.ts: guardRead's cell count check removed",
    edits: [
      {
        file: S + "range-target.ts",
        search: "if (cells > profile.maxReadCells) throw hostErrors.rangeExceedsLimit(cells);",
        replace: "",
      },
    ],
  },
  {
    id: "writes-not-limited",
    rule: "Writes are not limited to 5,000,000 cells",
    mutation: "types-range.ts: a values write checks the read limit",
    edits: [
      {
        file: S + "types-range.ts",
        search:
          'set: (r, value, host) => writeTold(r, rows2d(value), host),\n      onProtected: "unlocked-cells",\n    },\n    formulas:',
        replace:
          'set: (r, value, host) => (guardRead(r.area, 0, host.profile), writeTold(r, rows2d(value), host)),\n      onProtected: "unlocked-cells",\n    },\n    formulas:',

      },
    ],
  },
  {
    id: "merged-top-left",
    rule: "`getMergedAreasOrNullObject`: only areas whose top-left cell is in the range",
    mutation: "types-range.ts: every overlapping area counts",
    edits: [
      {
        file: S + "types-range.ts",
        search:
          "m.top >= r.area.top &&\n          m.top <= r.area.bottom &&\n          m.left >= r.area.left &&\n          m.left <= r.area.right;",
        replace:
          "m.top <= r.area.bottom && r.area.top <= m.bottom && m.left <= r.area.right && r.area.left <= m.right;",
      },
    ],
  },
  {
    id: "merged-null",
    rule: "`getMergedAreasOrNullObject`: a null object when there are none",
    mutation: "types-range.ts: an empty RangeAreas instead",
    edits: [
      {
        file: S + "types-range.ts",
        search:
          'return areas.length === 0 ? null : { type: "RangeAreas", sheet: r.sheet, areas };\n      },\n    },\n    /** The emulator',
        replace: 'return { type: "RangeAreas", sheet: r.sheet, areas };\n      },\n    },\n    /** The emulator',
      },
    ],
  },
  {
    id: "merged-512",
    rule: "`getMergedAreasOrNullObject`: fails above 512 areas",
    mutation: "types-range.ts: the 512 check off",
    edits: [
      {
        file: S + "types-range.ts",
        search: "if (areas.length > MAX_MERGED_AREAS)",
        replace: "if (false && areas.length > MAX_MERGED_AREAS)",
      },
    ],
  },
  {
    id: "address-8192",
    rule: "`getRange`/`getRanges`: an address over 8,192 characters fails (`InvalidArgument`)",
    mutation: "types-workbook.ts: checkAddressLength off",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: 'if (typeof address === "string" && address.length > MAX_RANGES_ADDRESS)',
        replace: 'if (false && typeof address === "string" && address.length > MAX_RANGES_ADDRESS)',
      },
    ],
  },
  {
    id: "protected-writes",
    rule: "A protected sheet refuses changes (`AccessDenied`) unless Excel allows them there",
    mutation: "processor.ts: checkWrite's protection check off",
    edits: [
      {
        file: S + "processor.ts",
        search: "if (sheet?.protected && !allowedOnProtected(target, sheet, onProtected))",
        replace: "if (false && sheet?.protected && !allowedOnProtected(target, sheet, onProtected))",
      },
    ],
  },
  ...[
    ["name", 'onProtected: "allowed",\n      set: (w, value, { model }) => {\n        checkStructure(model, "Worksheet.name");'],
    ["visibility", 'onProtected: "allowed",\n      set: (w, value, { model }) => {\n        if (!VISIBILITIES'],
    ["activate", 'onProtected: "allowed",\n      run: (w, _a, { model }) => {\n        if (w.sheet.visibility'],
    ["delete", 'onProtected: "allowed",\n      run: (w, _a, { model }) => deleteSheet'],
    ["freezeRows", 'onProtected: "allowed",\n      run: (p, [count])'],
  ].map(([member, search]) => ({
    id: `protected-allows-${member}`,
    rule: `A protected sheet allows ${member}`,
    mutation: `types-workbook.ts: ${member} no longer allowed on a protected sheet`,
    edits: [{ file: S + "types-workbook.ts", search, replace: search.replace('onProtected: "allowed",', "") }],
  })),
  {
    id: "protected-allows-select",
    rule: "A protected sheet allows select",
    mutation: "types-range.ts: select no longer allowed on a protected sheet",
    edits: [
      {
        file: S + "types-range.ts",
        search: 'onProtected: "allowed",\n      run: (r, _args, host) => {',
        replace: "run: (r, _args, host) => {",
      },
    ],
  },
  {
    id: "protected-unlocked-cells",
    rule: "Protection follows locked cells: values for unlocked cells of a protected sheet are accepted",
    mutation: "protection.ts: content refused on every cell (the old per-sheet rule)",
    edits: [
      {
        file: S + "protection.ts",
        search: 'case "unlocked-cells":\n      return unlocked();',
        replace: 'case "unlocked-cells":\n      return false;',
      },
    ],
  },
  {
    id: "protected-locked-refused",
    rule: "Protection follows locked cells: a write touching a locked cell is refused",
    mutation: "protection.ts: content accepted on every cell",
    edits: [
      {
        file: S + "protection.ts",
        search: 'case "unlocked-cells":\n      return unlocked();',
        replace: 'case "unlocked-cells":\n      return true;',
      },
    ],
  },
  {
    id: "locked-by-default",
    rule: "Every cell is locked until unlocked",
    mutation: "model.ts: new cells unlocked",
    edits: [{ file: S + "model.ts", search: "    locked: true,\n  };", replace: "    locked: false,\n  };" }],
  },
  {
    id: "protected-formats",
    rule: "Cell formats on a protected sheet are refused, unlocked cells too, unless formatting cells is allowed",
    mutation: "protection.ts: formats follow locked cells instead",
    edits: [
      {
        file: S + "protection.ts",
        search: 'case "format-cells":\n      return sheet.allowFormatCells;',
        replace: 'case "format-cells":\n      return sheet.allowFormatCells || unlocked();',
      },
    ],
  },
  {
    id: "protected-allow-format-cells",
    rule: "`protect({ allowFormatCells: true })` allows cell formats",
    mutation: "protection.ts: allowFormatCells ignored",
    edits: [
      {
        file: S + "protection.ts",
        search: 'case "format-cells":\n      return sheet.allowFormatCells;',
        replace: 'case "format-cells":\n      return false;',
      },
    ],
  },
  {
    id: "protected-lock-change",
    rule: "`format.protection.locked` cannot be changed on a protected sheet",
    mutation: "types-range.ts: locked may be set on a protected sheet",
    edits: [
      {
        file: S + "types-range.ts",
        search: "change(p, (cell) => (cell.locked = value));\n      },",
        replace: 'change(p, (cell) => (cell.locked = value));\n      },\n      onProtected: "allowed",',
      },
    ],
  },
  {
    id: "protected-clear",
    rule: "`clear(\"Contents\")` is content, `clear()` also formats",
    mutation: "types-range.ts: every clear counts as content",
    edits: [
      {
        file: S + "types-range.ts",
        search: 'applyTo === "Contents" ? "unlocked-cells" : applyTo === "Formats" ? "format-cells" : "both",',
        replace: '"unlocked-cells",',
      },
    ],
  },
  {
    id: "structure-protection",
    rule: "Workbook structure protection refuses adding, deleting, renaming, hiding sheets (`AccessDenied`)",
    mutation: "sheet-rules.ts: checkStructure does nothing",
    edits: [
      {
        file: S + "sheet-rules.ts",
        search: "if (model.structureProtected) throw hostErrors.structureProtected(member);",
        replace: "",
      },
    ],
  },
  {
    id: "special-cells-null",
    rule: '`getSpecialCellsOrNullObject("Formulas")`: null object when none',
    mutation: "types-range.ts: an empty RangeAreas instead",
    edits: [
      {
        file: S + "types-range.ts",
        search:
          'return areas.length === 0 ? null : { type: "RangeAreas", sheet: r.sheet, areas };\n      },\n    },\n  },\n  methods: {',
        replace: 'return { type: "RangeAreas", sheet: r.sheet, areas };\n      },\n    },\n  },\n  methods: {',
      },
    ],
  },
  {
    id: "formulas-read",
    rule: "`Range.formulas` reads the value where a cell has no formula",
    mutation: 'sheet-ops.ts: readFormulas gives "" for constants',
    edits: [
      {
        file: S + "sheet-ops.ts",
        search: '(cell) => cell.formula ?? cell.value, "", true',
        replace: '(cell) => cell.formula ?? "", "", true',
      },
    ],
  },
  {
    id: "formulas-write",
    rule: "Writing `Range.formulas` sets formulas",
    mutation: "types-range.ts: the formulas setter does nothing",
    edits: [
      {
        file: S + "types-range.ts",
        search:
          "readFormulas(r.sheet, r.area)),\n      set: (r, value, host) => writeTold(r, rows2d(value), host),",
        replace: "readFormulas(r.sheet, r.area)),\n      set: () => undefined,",
      },
    ],
  },
  {
    id: "null-child",
    rule: "A child of a null object (and an `*OrNullObject` call on a null sheet) is a null object",
    mutation: "processor.ts: resolving a child of a null object fails (ItemNotFound)",
    edits: [
      {
        file: S + "processor.ts",
        search: "if (parent === null) return null;",
        replace: 'if (parent === null) throw hostErrors.itemNotFound("child of a null object");',
      },
    ],
  },
  {
    id: "null-calls",
    rule: "Calls and writes on a null object do nothing",
    mutation: "processor.ts: they fail (InvalidOperation)",
    edits: [
      {
        file: S + "processor.ts",
        search: "if (target === null) return null; // a null object",
        replace: 'if (target === null) throw hostErrors.invalidOperation("call on a null object"); // a null object',
      },
      {
        file: S + "processor.ts",
        search: "if (target === null) return undefined;\n    const name = camel(action.Name);",
        replace:
          'if (target === null) throw hostErrors.invalidOperation("write on a null object");\n    const name = camel(action.Name);',
      },
    ],
  },
  {
    id: "merged-read-blank",
    rule: 'Only the top-left cell of a merged area holds a value; the others read `""`',
    mutation: "sheet-ops.ts: readValues shows covered cells",
    edits: [
      {
        file: S + "sheet-ops.ts",
        search: 'return readGrid(sheet, area, (cell) => cell.value, "", true);',
        replace: 'return readGrid(sheet, area, (cell) => cell.value, "", false);',
      },
    ],
  },
  {
    id: "merge-clears",
    rule: "Merging keeps only the top-left value",
    mutation: "sheet-shape.ts: mergeArea keeps the other values",
    edits: [
      {
        file: S + "sheet-shape.ts",
        search: 'if (r === part.top && c === part.left) continue;',
        replace: "if (r >= 0) continue;",
      },
    ],
  },
  {
    id: "values-equals-formula",
    rule: "`values` writes: `=` starts a formula",
    mutation: "cell-input.ts: the `=` rule removed",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (text.length > 1 && text.startsWith("=")) return { kind: "formula", formula: text };',
        replace: "",
      },
    ],
  },
  {
    id: "values-sign-formula",
    rule: "`values` writes: `+` or `-` starts a formula",
    mutation: "cell-input.ts: the `+`/`-` rule removed",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (text.length > 1 && /^[+-]/.test(text)) return { kind: "formula", formula: "=" + text };',
        replace: "",
      },
    ],
  },
  {
    id: "values-null-skips",
    rule: "`values` writes: `null` leaves a cell unchanged",
    mutation: "cell-input.ts: null clears the cell",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (raw === null || raw === undefined) return { kind: "skip" };',
        replace: 'if (raw === null || raw === undefined) return { kind: "value", value: "" };',
      },
    ],
  },
  {
    id: "values-empty-clears",
    rule: "`values` writes: `''` clears a cell",
    mutation: "cell-input.ts: '' leaves it unchanged",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (typeof raw === "number" || typeof raw === "boolean") return { kind: "value", value: raw };',
        replace:
          'if (raw === "") return { kind: "skip" };\n  if (typeof raw === "number" || typeof raw === "boolean") return { kind: "value", value: raw };',
      },
    ],
  },
  {
    id: "values-apostrophe",
    rule: "`values` writes: a leading `'` makes text and is not read back",
    mutation: "cell-input.ts: the apostrophe is kept",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (text.startsWith("\'")) return { kind: "value", value: text.slice(1) };',
        replace: 'if (text.startsWith("\'")) return { kind: "value", value: text };',
      },
    ],
  },
  {
    id: "values-typed-input",
    rule: "`values` writes: text converted as typed input in the emulator's locale",
    mutation: "cell-input.ts: no conversion",
    edits: [
      {
        file: S + "cell-input.ts",
        search: "const typed = typedValue(text, ctx);",
        replace: "const typed = null as ReturnType<typeof typedValue>;",
      },
    ],
  },
  {
    id: "values-text-format",
    rule: "`values` writes: a cell formatted as Text (`@`) keeps the string",
    mutation: "cell-input.ts: the `@` format check removed",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (cell?.numberFormat === "@") return { kind: "value", value: text };',
        replace: "",
      },
    ],
  },
  {
    id: "values-at-formula",
    rule: "`values` writes: `@` starts a formula",
    mutation: "cell-input.ts: the `@` rule removed",
    edits: [
      {
        file: S + "cell-input.ts",
        search: 'if (text.length > 1 && text.startsWith("@"))\n    return { kind: "formula", formula: "=" + text.slice(1) };',
        replace: "",
      },
    ],
  },
  {
    id: "dates-serial",
    rule: "Dates are serial numbers in `values`; the format only decides the display",
    mutation: "sheet-ops.ts: readValues gives a date-formatted number as its text",
    edits: [
      {
        file: S + "sheet-ops.ts",
        search: 'return readGrid(sheet, area, (cell) => cell.value, "", true);',
        replace:
          'return readGrid(sheet, area, (cell) => (typeof cell.value === "number" && /[dy]/.test(cell.numberFormat) ? cellText(cell, false) : cell.value), "", true);',
      },
    ],
  },
  {
    id: "date1904-seed",
    rule: "1904 date system: seeded dates are stored as 1904 serials",
    mutation: "seed.ts: dates stored as 1900 serials",
    edits: [
      {
        file: S + "seed.ts",
        search: "[toSerial(value, model.date1904), ",
        replace: "[toSerial(value), ",
      },
    ],
  },
  {
    id: "date1904-text",
    rule: "`Range.text` shows a date in the workbook's date system",
    mutation: "sheet-ops.ts: readTexts always in the 1900 system",
    edits: [
      {
        file: S + "sheet-ops.ts",
        search: "(cell) => cellText(cell, date1904)",
        replace: "(cell) => cellText(cell, false)",
      },
    ],
  },
  {
    id: "intersection-none",
    rule: "`Range.getIntersection`: ranges that do not overlap fail (`ItemNotFound`)",
    mutation: "types-range.ts: the check removed",
    edits: [
      {
        file: S + "types-range.ts",
        search:
          'if (area.top > area.bottom || area.left > area.right)\n          throw hostErrors.itemNotFound("Range.getIntersection: the ranges do not overlap");',
        replace: "",
      },
    ],
  },
  {
    id: "used-range-null",
    rule: "`getUsedRangeOrNullObject()`: null object for a blank sheet",
    mutation: "types-workbook.ts: A1 instead",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: 'return area ? { type: "Range", sheet: w.sheet, area } : null;',
        replace: 'return { type: "Range", sheet: w.sheet, area: area ?? { top: 0, left: 0, bottom: 0, right: 0 } };',
      },
    ],
  },
  {
    id: "used-range-a1",
    rule: "`getUsedRange()` returns A1 on a blank sheet",
    mutation: "types-workbook.ts: it fails (ItemNotFound)",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "area: usedArea(w.sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 },",
        replace:
          'area: usedArea(w.sheet, valuesOnly === true) ?? (() => { throw hostErrors.itemNotFound("getUsedRange"); })(),',
      },
    ],
  },
  {
    id: "table-overlap",
    rule: "`tables.add` over another table fails (`MergedRangeConflict`)",
    mutation: "table-chart-rules.ts: the overlap check off",
    edits: [
      {
        file: S + "table-chart-rules.ts",
        search: "if (model.tables.some((t) => t.sheet === target && overlaps(t.area, area)))",
        replace: "if (false && model.tables.some((t) => t.sheet === target && overlaps(t.area, area)))",
      },
    ],
  },
  {
    id: "table-name-unique",
    rule: "Table names are unique (`ItemAlreadyExists`)",
    mutation: "table-chart-rules.ts: the uniqueness check off",
    edits: [
      {
        file: S + "table-chart-rules.ts",
        search: "if (model.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()))",
        replace: "if (false && model.tables.some((t) => t !== table && t.name.toLowerCase() === name.toLowerCase()))",
      },
    ],
  },
  {
    id: "sheet-name-chars",
    rule: "Sheet names: none of `\\ / ? * [ ] :`",
    mutation: "sheet-rules.ts: the character check removed",
    edits: [{ file: S + "sheet-rules.ts", search: "    INVALID_NAME.test(name) ||\n", replace: "" }],
  },
  {
    id: "sheet-name-length",
    rule: "Sheet names: 1-31 characters",
    mutation: "sheet-rules.ts: the 31 check removed",
    edits: [{ file: S + "sheet-rules.ts", search: "    name.length > 31 ||\n", replace: "" }],
  },
  {
    id: "sheet-name-case",
    rule: "Sheet names: unique regardless of case (`ItemAlreadyExists`)",
    mutation: "sheet-rules.ts: compared case-sensitively",
    edits: [
      {
        file: S + "sheet-rules.ts",
        search: "const other = model.find(name);",
        replace: "const other = model.sheets.find((s) => s.name === name);",
      },
    ],
  },
  {
    id: "failing-action-stops",
    rule: "A failing action stops the request",
    mutation: "processor.ts: a failing action is skipped and the request goes on",
    edits: [
      {
        file: S + "processor.ts",
        search: "const value = run.perform(action);",
        replace: "let value: unknown;\n      try {\n        value = run.perform(action);\n      } catch {\n        continue;\n      }",
      },
    ],
  },
  {
    id: "validate-array-size",
    rule: "`_ValidateArraySize` fails on a size mismatch (`InvalidArgument`)",
    mutation: "types-range.ts: _ValidateArraySize accepts anything",
    edits: [
      {
        file: S + "types-range.ts",
        search: "        if (\n          Number(rows) !== r.area.bottom - r.area.top + 1 ||",
        replace: "        if (\n          false && Number(rows) !== r.area.bottom - r.area.top + 1 ||",
      },
    ],
  },
  {
    id: "write-shape",
    rule: "A values (or numberFormat) write must match the range's size (`InvalidArgument`)",
    mutation: "sheet-ops.ts: checkShape accepts anything",
    edits: [
      {
        file: S + "sheet-ops.ts",
        search: "if (rows.length !== height || rows.some((row) => row.length !== width))",
        replace: "if (false && (rows.length !== height || rows.some((row) => row.length !== width)))",
      },
    ],
  },
  {
    id: "page-orientation",
    rule: "`pageLayout.orientation` is Portrait or Landscape (`InvalidArgument`)",
    mutation: "types-workbook.ts: any orientation accepted",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: 'if (value !== "Portrait" && value !== "Landscape")',
        replace: 'if (false && value !== "Portrait" && value !== "Landscape")',
      },
    ],
  },
  {
    id: "page-zoom",
    rule: "`pageLayout.zoom`: a scale of 10-400 or whole pages (`InvalidArgument`)",
    mutation: "types-workbook.ts: any zoom accepted",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "if (!valid) throw",
        replace: "if (false && !valid) throw",
      },
    ],
  },
  {
    id: "chart-series-fill",
    rule: "`ChartFill.setSolidColor` keeps the series' fill (`seriesFills`)",
    mutation: "table-chart-rules.ts: setSeriesFill keeps nothing",
    edits: [
      {
        file: S + "table-chart-rules.ts",
        search: "  chart.seriesFills[index] = fill;",
        replace: "  void fill;",
      },
    ],
  },
  {
    id: "chart-series-index",
    rule: "`series.getItemAt(i)` past the last series fails (`InvalidArgument`)",
    mutation: "table-chart-rules.ts: seriesAt's range check off",
    edits: [
      {
        file: S + "table-chart-rules.ts",
        search: "if (!Number.isInteger(i) || i < 0 || i >= chart.seriesFills.length)",
        replace: "if (false && (!Number.isInteger(i) || i < 0 || i >= chart.seriesFills.length))",
      },
    ],
  },
  {
    id: "chart-series-color",
    rule: "`setSolidColor` takes #RRGGBB or a named colour (`InvalidArgument`)",
    mutation: "table-chart-rules.ts: any colour kept",
    edits: [
      {
        file: S + "table-chart-rules.ts",
        search: "  if (!/^#[0-9A-F]{6}$/.test(fill))",
        replace: "  if (false && !/^#[0-9A-F]{6}$/.test(fill))",
      },
    ],
  },
  {
    id: "page-paper",
    rule: "`pageLayout.paperSize` is an `Excel.PaperType` (`InvalidArgument`)",
    mutation: "types-workbook.ts: any paper accepted",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "if (!PAPER_TYPES.has(String(value)))",
        replace: "if (false && !PAPER_TYPES.has(String(value)))",
      },
    ],
  },
  {
    id: "page-title-rows",
    rule: "`setPrintTitleRows` takes whole rows only (`InvalidArgument`)",
    mutation: "types-workbook.ts: any range accepted",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "if (area.left !== 0 || area.right !== MAX_COLUMNS - 1)",
        replace: "if (false && (area.left !== 0 || area.right !== MAX_COLUMNS - 1))",
      },
    ],
  },
  {
    id: "page-break",
    rule: "`horizontalPageBreaks.add(range)` breaks the page above the range's first row",
    mutation: "types-workbook.ts: the break is not kept",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "if (!breaks.includes(area.top + 1)) breaks.push(area.top + 1);",
        replace: "void breaks;",
      },
    ],
  },
  {
    id: "requirements-gate",
    rule: "A member above the profile's requirement sets fails (`ApiNotFound`)",
    mutation: "library.ts: the library's member gate stays off",
    edits: [
      {
        file: S + "library.ts",
        search: "common._doApiNotSupportedCheck = true;",
        replace: "common._doApiNotSupportedCheck = false;",
      },
    ],
  },
  {
    id: "requirements-answer",
    rule: "`isSetSupported` answers from the profile",
    mutation: "library.ts: no Office.context (the library then says yes to every set)",
    edits: [
      {
        file: S + "library.ts",
        search: "osf._OfficeAppFactory = { getContext: () => context };",
        replace: "void context;",
      },
    ],
  },
  {
    id: "requirements-minimum",
    rule: "Profile `minimum` is ExcelApi 1.13",
    mutation: "profiles.ts: minimum at 1.15",
    edits: [
      {
        file: S + "profiles.ts",
        search: "requirementSets: { ...COMMON, excelapi: 1.13 },",
        replace: "requirementSets: { ...COMMON, excelapi: 1.15 },",
      },
    ],
  },
  {
    id: "trace-ids",
    rule: "The answer lists the traces reached before a failing action (`TraceIds`)",
    mutation: "processor.ts: a failed answer carries no TraceIds",
    edits: [
      {
        file: S + "processor.ts",
        search: "      ...(traceIds.length > 0 ? { TraceIds: traceIds } : {}),\n      Error: {",
        replace: "      Error: {",
      },
    ],
  },
  {
    id: "oversize-option",
    rule: "Option `oversize`: size refusals answered as GeneralException or a bare HTTP 500",
    mutation: "workbook.ts: oversized() always gives the documented codes",
    edits: [
      {
        file: S + "workbook.ts",
        search: 'if (this.oversize === "GeneralException") {',
        replace: 'if (false && this.oversize === "GeneralException") {',
      },
      {
        file: S + "workbook.ts",
        search: 'if (this.oversize === "http500") return',
        replace: 'if (false && this.oversize === "http500") return',
      },
    ],
  },
  {
    id: "unknown-member",
    rule: "An unknown member answers `ApiNotFound`",
    mutation: "processor.ts: an unknown method does nothing",
    edits: [
      {
        file: S + "processor.ts",
        search: "if (!method) throw hostErrors.notImplemented(`${target.type}.${name}`);",
        replace: "if (!method) return null;",
      },
    ],
  },
  {
    id: "cleanup-not-counted",
    rule: "Counting: Excel.run's closing `_RemoveReference` request is a cleanup, not a sync",
    mutation: "workbook.ts: isCleanup always false",
    edits: [
      {
        file: S + "workbook.ts",
        search: "function isCleanup(body: RequestBody): boolean {\n  return (",
        replace: "function isCleanup(body: RequestBody): boolean {\n  return false && (",
      },
    ],
  },
  {
    id: "load-only-selected",
    rule: "An answer carries only the properties that were loaded",
    mutation: "processor.ts: a query answers every scalar property",
    edits: [
      {
        file: S + "processor.ts",
        search: "const names = select.length === 0 ? Object.keys(def.properties) : [...own];",
        replace: "const names = Object.keys(def.properties); void own;",
      },
    ],
  },
  // Rows added with data validation, change events and the Office host (issue 25, audit 2).
  {
    id: "dv-agree",
    rule: "`Range.dataValidation`: a range reports a property only when its cells agree (else `null`)",
    mutation: "data-validation.ts: agreed() returns the first cell's value even when the cells differ",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "return first && !differ ? structuredClone(first.value) : null;",
        replace: "return first ? structuredClone(first.value) : null;",
      },
    ],
  },
  {
    id: "dv-defaults",
    rule: "`Range.dataValidation`: a cell without validation reports type `None`, rule `{}`, an empty prompt, alert `Stop` (`showAlert` true), `ignoreBlanks` true",
    mutation: "data-validation.ts: noValidation()'s error alert has showAlert false",
    edits: [
      {
        file: S + "data-validation.ts",
        search: 'errorAlert: { message: "", showAlert: true, style: "Stop", title: "" },',
        replace: 'errorAlert: { message: "", showAlert: false, style: "Stop", title: "" },',
      },
    ],
  },
  {
    id: "dv-mixed",
    rule: "`dataValidation.type` is `MixedCriteria` when some cells have validation and others none",
    mutation: "data-validation.ts: validationType's MixedCriteria line removed",
    edits: [
      {
        file: S + "data-validation.ts",
        search: '  if (without > 0) return "MixedCriteria";\n',
        replace: "",
      },
    ],
  },
  {
    id: "dv-inconsistent",
    rule: "`dataValidation.type` is `Inconsistent` when the cells' rules differ",
    mutation: "data-validation.ts: validationType's Inconsistent line removed",
    edits: [
      {
        file: S + "data-validation.ts",
        search: '  if (rules.size > 1) return "Inconsistent";\n',
        replace: "",
      },
    ],
  },
  {
    id: "dv-valid-mixed",
    rule: "`dataValidation.valid`: true when every cell is valid, false when none is, null when mixed",
    mutation: "data-validation.ts: valid is true when any cell is valid",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "return seen.size === 1 ? [...seen][0] : null;",
        replace: "return seen.has(true);",
      },
    ],
  },
  {
    id: "dv-list-case",
    rule: "`dataValidation.valid`: a list compares the cell's text with the source's items case-insensitively",
    mutation: "data-validation.ts: the list comparison is case-sensitive",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "(item) => item.toLowerCase() === shown.toLowerCase()",
        replace: "(item) => item === shown",
      },
    ],
  },
  {
    id: "dv-list-reference",
    rule: "`dataValidation.valid`: a list source can be a same-sheet reference (`=$H$1:$H$6`)",
    mutation: "data-validation.ts: listItems reads a reference source as a comma-separated list",
    edits: [
      {
        file: S + "data-validation.ts",
        search: 'if (!source.startsWith("=")) return source.split(",").map((s) => s.trim());',
        replace: 'if (source) return source.split(",").map((s) => s.trim());',
      },
    ],
  },
  {
    id: "dv-ignore-blanks",
    rule: "`dataValidation.valid`: a blank cell passes when `ignoreBlanks`",
    mutation: "data-validation.ts: cellValid's blank-cell pass removed",
    edits: [
      {
        file: S + "data-validation.ts",
        search: '  if (value === "" && m.ignoreBlanks) return true;\n',
        replace: "",
      },
    ],
  },
  {
    id: "dv-number-compare",
    rule: "`dataValidation.valid`: whole number and decimal compare with constant formulas",
    mutation: "data-validation.ts: whole number and decimal count as valid",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "      return compare(value, c);\n",
        replace: "      return true;\n",
      },
    ],
  },
  {
    id: "dv-one-kind",
    rule: "Setting `dataValidation.rule`: exactly one rule kind, else `InvalidArgument`",
    mutation: "data-validation.ts: setRule accepts several kinds (takes the first)",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "if (kinds.length !== 1 || !(kinds[0] in KINDS))",
        replace: "if (kinds.length === 0 || !(kinds[0] in KINDS))",
      },
    ],
  },
  {
    id: "dv-formula-string",
    rule: "`dataValidation.rule` criteria read back with formulas as `\"=...\"` strings",
    mutation: "data-validation.ts: a number formula is kept as a number",
    edits: [
      {
        file: S + "data-validation.ts",
        search: 'if (typeof value === "number") return `=${value}`;',
        replace: 'if (typeof value === "number") return value as unknown as string;',
      },
    ],
  },
  {
    id: "dv-uniform",
    rule: "Setting `dataValidation.rule` over cells that do not all hold the same validation fails with `InvalidArgument` (office-js#2594)",
    mutation: "data-validation.ts: setRule's uniform check off",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "  if (!uniform(v))\n",
        replace: "  if (false && !uniform(v))\n",
      },
    ],
  },
  {
    id: "dv-list-255",
    rule: "A comma-separated list `source` over 255 characters fails with `InvalidArgument`",
    mutation: "data-validation.ts: the 255-character check off",
    edits: [
      {
        file: S + "data-validation.ts",
        search: 'if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE)',
        replace: 'if (false && !source.startsWith("=") && source.length > MAX_LIST_SOURCE)',
      },
    ],
  },
  {
    id: "dv-list-255-reference",
    rule: "A reference list `source` (`=...`) has no 255-character limit",
    mutation: "data-validation.ts: the 255-character check also applies to a reference",
    edits: [
      {
        file: S + "data-validation.ts",
        search: 'if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE)',
        replace: "if (source.length > MAX_LIST_SOURCE)",
      },
    ],
  },
  {
    id: "dv-alert-style",
    rule: "`errorAlert.style` is `Stop`, `Warning` or `Information`, else `InvalidArgument`",
    mutation: "data-validation.ts: the style check off",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "if (a.style !== undefined && !ALERT_STYLES.has(String(a.style)))",
        replace: "if (false && a.style !== undefined && !ALERT_STYLES.has(String(a.style)))",
      },
    ],
  },
  {
    id: "dv-protected-clear",
    rule: "Clearing validation on a protected sheet fails with `AccessDenied`",
    mutation: "data-validation.ts: clear() is not a write (no protection check)",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "    clear: {\n      write: true,\n",
        replace: "    clear: {\n      write: false,\n",
      },
    ],
  },
  {
    id: "dv-protected-set",
    rule: "Setting validation on a protected sheet fails with `AccessDenied`",
    mutation: "data-validation.ts: setting `rule` allowed on a protected sheet",
    edits: [
      {
        file: S + "data-validation.ts",
        search: "      set: (v, value) => setRule(v, value),\n",
        replace: '      set: (v, value) => setRule(v, value),\n      onProtected: "allowed",\n',
      },
    ],
  },
  {
    id: "event-register",
    rule: "`Worksheet.onChanged`: `_RegisterDataChangedEvent` registers the sheet; only registered sheets are told",
    mutation: "types-workbook.ts: _RegisterDataChangedEvent does nothing",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "run: (w, _a, { changes }) => changes?.register(w.sheet, 1),",
        replace: "run: () => undefined,",
      },
    ],
  },
  {
    id: "event-unregister",
    rule: "`Worksheet.onChanged`: removing the last handler (`_UnregisterDataChangedEvent`) stops the events",
    mutation: "types-workbook.ts: _UnregisterDataChangedEvent does nothing",
    edits: [
      {
        file: S + "types-workbook.ts",
        search: "run: (w, _a, { changes }) => changes?.register(w.sheet, -1),",
        replace: "run: () => undefined,",
      },
    ],
  },
  {
    id: "event-listening",
    rule: "`Worksheet.onChanged`: a sheet without a handler is not told",
    mutation: "change-events.ts: changed() queues changes of every sheet",
    edits: [
      {
        file: S + "change-events.ts",
        search: "if (this.listening(change.sheet)) this.pending.push(change);",
        replace: "this.pending.push(change);",
      },
    ],
  },
  {
    id: "event-trace-result",
    rule: "A trace action is answered with a result (`Value: null`) besides its `TraceIds` entry",
    mutation: "processor.ts: no result for a trace action",
    edits: [
      {
        file: S + "processor.ts",
        search: "        results.push({ ActionId: action.Id, Value: null });\n",
        replace: "",
      },
    ],
  },
  {
    id: "event-user-typing",
    rule: "The user's typing (`excel.typeAsUser`) fires `onChanged`",
    mutation: "workbook.ts: typeAsUser tells no change",
    edits: [
      {
        file: S + "workbook.ts",
        search: '    this.changes.changed({ sheet: model, area, by: "user", before, after });\n',
        replace: "",
      },
    ],
  },
  {
    id: "event-addin-writes",
    rule: "The add-in's own `values`/`formulas` writes fire `onChanged`",
    mutation: "types-range.ts: writeTold tells no change",
    edits: [
      {
        file: S + "types-range.ts",
        search: '  host.changes?.changed({ sheet: r.sheet, area: { ...r.area }, by: "addin", before, after });\n',
        replace: "",
      },
    ],
  },
  {
    id: "event-after-answer",
    rule: "`onChanged` events of a sync are delivered after that sync's answer",
    mutation: "workbook.ts: answer() hands its changes to nobody (they wait for the next delivery)",
    edits: [
      {
        file: S + "workbook.ts",
        search: "    this.tell(this.changes.take());\n",
        replace: "",
      },
    ],
  },
  {
    id: "event-details-single",
    rule: "`onChanged` `details` (`valueBefore`, `valueAfter`, their types) only for a change of a single cell",
    mutation: "change-events.ts: details for every change",
    edits: [
      {
        file: S + "change-events.ts",
        search: "    ...(single && {\n",
        replace: "    ...((single || !single) && {\n",
      },
    ],
  },
  {
    id: "event-trigger-source",
    rule: "`triggerSource` only on a host with ExcelApi 1.14 (`minimum` profile sends none)",
    mutation: "workbook.ts: triggerSource on every profile",
    edits: [
      {
        file: S + "workbook.ts",
        search: "const triggerSource = (this.profile.requirementSets.excelapi ?? 0) >= 1.14;",
        replace: "const triggerSource = (this.profile.requirementSets.excelapi ?? 0) >= 0;",
      },
    ],
  },
  {
    id: "event-trigger-source-value",
    rule: "`triggerSource` is `ThisLocalAddin` for the add-in's writes, `Unknown` for the user's",
    mutation: "change-events.ts: triggerSource always Unknown",
    edits: [
      {
        file: S + "change-events.ts",
        search: 'triggerSource: change.by === "addin" ? "ThisLocalAddin" : "Unknown",',
        replace: 'triggerSource: "Unknown",',
      },
    ],
  },
  {
    id: "event-unique-ids",
    rule: "Sheet ids are unique across all emulated workbooks of a process",
    mutation: "model.ts: sheet ids numbered per workbook only",
    edits: [
      {
        file: S + "model.ts",
        search: "`{00000000-${hex(++this.sheetsMade)}-${hex(this.number)}-0000-000000000000}`",
        replace: "`{00000000-${hex(++this.sheetsMade)}-${hex(0)}-0000-000000000000}`",
      },
    ],
  },
  {
    id: "host-settings-save",
    rule: "OfficeHost: only `saveAsync` writes the settings to the workbook",
    mutation: "office-host.ts: a save stores nothing",
    edits: [
      {
        file: S + "office-host.ts",
        search: "    this.stored = new Map(Object.entries(properties));\n",
        replace: "",
      },
    ],
  },
  {
    id: "host-settings-2mb",
    rule: "OfficeHost: settings over 2 MB are refused (4001) and the workbook keeps what it had",
    mutation: "office-host.ts: the 2 MB check off",
    edits: [
      {
        file: S + "office-host.ts",
        search: "if (bytes > SETTINGS_LIMIT_BYTES) return",
        replace: "if (false && bytes > SETTINGS_LIMIT_BYTES) return",
      },
    ],
  },
  {
    id: "host-fail-next-save",
    rule: "OfficeHost: `failNextSave(code)` fails the next save with that host code",
    mutation: "office-host.ts: the injected save error ignored",
    edits: [
      {
        file: S + "office-host.ts",
        search: "    if (error !== null) return { Version: 1, Error: error };\n",
        replace: "",
      },
    ],
  },
  {
    id: "host-dialog-12006",
    rule: "OfficeHost: a dialog is recorded; with `dialog: \"close\"` the user closes it at once (`DialogEventReceived` 12006)",
    mutation: "office-host.ts: the user never closes the dialog",
    edits: [
      {
        file: S + "office-host.ts",
        search: '        this.options.dialog === "close"\n',
        replace: '        this.options.dialog === "open"\n',
      },
    ],
  },
  {
    id: "host-handler-ready",
    rule: "OfficeHost: `AddinInternalService.NotifyActionHandlerReady` is acknowledged",
    mutation: "office-host.ts: the notice goes to the workbook like a sync",
    edits: [
      {
        file: S + "office-host.ts",
        search: 'if (body.includes("Microsoft.InternalService.AddinInternalService"))',
        replace: 'if (false && body.includes("Microsoft.InternalService.AddinInternalService"))',
      },
    ],
  },
  {
    id: "host-method-93",
    rule: "OfficeHost: the page's own `Excel.run` (RichApi method 93) is answered by the workbook",
    mutation: "office-host.ts: method 93 answered as an unknown method",
    edits: [
      {
        file: S + "office-host.ts",
        search: "if (DispatchId === RICH_API) return",
        replace: "if (false && DispatchId === RICH_API) return",
      },
    ],
  },
  {
    id: "host-no-workbook",
    rule: "OfficeHost: without a workbook the page's `Excel.run` is a host error 5001 (`GeneralException`)",
    mutation: "office-host.ts: without a workbook an empty answer",
    edits: [
      {
        file: S + "office-host.ts",
        search: "if (!this.workbook) return { Version: 1, Error: INTERNAL_ERROR };",
        replace:
          'if (!this.workbook) return { Version: 1, Error: 0, Data: [200, [], JSON.stringify({ Results: [] })] };',
      },
    ],
  },
  {
    id: "host-size-5103",
    rule: "OfficeHost: a request the workbook refuses as too large is host error 5103 (`RequestPayloadSizeLimitExceeded`)",
    mutation: "office-host.ts: a too-large request is 5001",
    edits: [
      {
        file: S + "office-host.ts",
        search: '  if (code === "RequestPayloadSizeLimitExceeded") return REQUEST_TOO_LARGE;\n',
        replace: "",
      },
    ],
  },
  {
    id: "host-size-5104",
    rule: "OfficeHost: an answer the workbook refuses as too large is host error 5104 (`ResponsePayloadSizeLimitExceeded`)",
    mutation: "office-host.ts: a too-large answer is 5001",
    edits: [
      {
        file: S + "office-host.ts",
        search: '  if (code === "ResponsePayloadSizeLimitExceeded") return RESPONSE_TOO_LARGE;\n',
        replace: "",
      },
    ],
  },
  {
    id: "host-delay-for-cell-edit",
    rule: "OfficeHost: the requirement matrix lists `DelayForCellEdit` 1.1, so `delayForCellEdit` sends request flag 64",
    mutation: "office-host.ts: DelayForCellEdit left out of the requirement matrix",
    edits: [
      {
        file: S + "office-host.ts",
        search: "JSON.stringify({ ...requirementSets, delayforcelledit: 1.1 })",
        replace: "JSON.stringify({ ...requirementSets })",
      },
    ],
  },
  {
    id: "host-function-command",
    rule: "OfficeHost: a ribbon button (`invokeCommand`) fires `appCommandInvoked` [id, function name, event]",
    mutation: "office-host.ts: the function name sent empty",
    edits: [
      {
        file: S + "office-host.ts",
        search: "_data: [id, functionName, JSON.stringify({ source })],",
        replace: '_data: [id, "", JSON.stringify({ source })],',
      },
    ],
  },
  {
    id: "host-command-completed",
    rule: "OfficeHost: the function's `completed()` comes back as method 94 (id, status, event JSON)",
    mutation: "office-host.ts: method 94 answered as an unknown method",
    edits: [
      {
        file: S + "office-host.ts",
        search: "if (DispatchId === COMMAND_COMPLETED) {",
        replace: "if (false && DispatchId === COMMAND_COMPLETED) {",
      },
    ],
  },
  {
    id: "host-status-global",
    rule: "OfficeHost: the page has a `status` global (\"\")",
    mutation: "node-office.ts: no status global",
    edits: [
      {
        file: S + "node-office.ts",
        search: '    status: "",\n',
        replace: "",
      },
    ],
  },
];

/** Suites per tier; MUTATIES_TIER1 / MUTATIES_TIER2 (comma-separated folders or test files) override them for a quicker run. */
const TIER1 = (process.env.MUTATIES_TIER1 ?? "test/excel-stand-in,test/host/office").split(",");
const TIER2 = (process.env.MUTATIES_TIER2 ?? "test/app").split(",");

function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--list") {
    process.stdout.write(JSON.stringify(MUTATIONS.map(({ id, rule, mutation }) => ({ id, rule, mutation }))));
    return;
  }
  const outIndex = args.indexOf("--out");
  const out = outIndex >= 0 ? args[outIndex + 1] : null;
  const filters = args.filter((a, i) => !a.startsWith("--") && (outIndex < 0 || i !== outIndex + 1));
  const chosen = MUTATIONS.filter((m) => filters.length === 0 || filters.some((f) => m.id.includes(f)));
  const copy = makeCopy();
  /** @type {string[]} */
  const rows = [];
  for (const m of chosen) {
    const started = Date.now();
    const result = runMutation(copy, m);
    const seconds = Math.round((Date.now() - started) / 1000);
    process.stderr.write(`${m.id}: ${result.summary} (${seconds} s)\n`);
    rows.push(`| ${m.rule} | ${m.mutation} | ${result.summary}${result.details} |`);
  }
  const table = [
    "| rule | mutation | tests that failed |",
    "|---|---|---|",
    ...rows,
  ].join("\n");
  if (out) writeFileSync(resolve(ROOT, out), header() + table + "\n");
  else process.stdout.write(table + "\n");
}

function header() {
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
  return [
    "# Emulator mutations: every host rule pinned",
    "",
    `Made by \`node scripts/emulator-mutaties.mjs --out docs/emulator-mutaties.md\` at commit ${commit} (plus the working tree).`,
    "Each row removes one rule of src/excel-stand-in/README.md with the smallest edit, in a copy of the",
    "worktree, and runs tier 1 (test/excel-stand-in, test/host/office); only when tier 1 stays green does",
    "tier 2 (test/app) run. \"NONE\" would mean a rule no test pins.",
    "",
    "",
  ].join("\n");
}

/** A copy of src, test and the configs beside a `shared` link, so fixtures resolve as in the worktree. */
function makeCopy() {
  const base = `/tmp/regie-emulator-mutaties-${process.pid}`;
  rmSync(base, { recursive: true, force: true });
  const copy = join(base, "wt");
  mkdirSync(copy, { recursive: true });
  for (const entry of ["src", "test", "bench", "jest.config.js", "tsconfig.json", "package.json"])
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(copy, "node_modules"));
  symlinkSync(realpathSync(join(ROOT, "..", "shared")), join(base, "shared"));
  return copy;
}

/**
 * @param {string} copy
 * @param {Mutation} m
 * @returns {{ summary: string; details: string }}
 */
function runMutation(copy, m) {
  /** @type {Map<string, string>} */
  const originals = new Map();
  try {
    for (const edit of m.edits) {
      const path = join(copy, edit.file);
      const text = originals.get(path) ?? readFileSync(path, "utf8");
      if (!originals.has(path)) originals.set(path, text);
      const current = readFileSync(path, "utf8");
      const count = current.split(edit.search).length - 1;
      if (count !== 1) return { summary: `MUTATION NOT APPLIED (search found ${count} times in ${edit.file})`, details: "" };
      writeFileSync(path, current.replace(edit.search, () => edit.replace));
    }
    let failed = jest(copy, TIER1);
    let tier = "tier 1";
    if (failed.length === 0 && m.tier2 !== false) {
      failed = jest(copy, TIER2);
      tier = "tier 2";
    }
    if (failed.length === 0) return { summary: "**NONE**", details: "" };
    const files = [...new Set(failed.map((f) => f.file))];
    const shown = failed.slice(0, 3).map((f) => `${f.file}: ${f.title}`);
    return {
      summary: `${failed.length} (${tier}) in ${files.map((f) => `\`${f}\``).join(", ")}`,
      details: `<br>e.g. ${shown.join("; ").replace(/\|/g, "\\|")}`,
    };
  } finally {
    for (const [path, text] of originals) writeFileSync(path, text);
  }
}

/**
 * @param {string} copy
 * @param {string[]} dirs
 * @returns {Array<{ file: string; title: string }>}
 */
function jest(copy, dirs) {
  const files = dirs.flatMap((d) => testFiles(join(copy, d))).map((f) => relative(copy, f));
  const report = join(copy, "..", "jest.json");
  rmSync(report, { force: true });
  spawnSync(
    "npx",
    ["jest", "--selectProjects", "unit", "--json", "--outputFile", report, "--runTestsByPath", ...files],
    { cwd: copy, encoding: "utf8", stdio: ["ignore", "ignore", "ignore"] }
  );
  if (!existsSync(report)) return [{ file: "(jest)", title: "no report: jest did not run" }];
  /** @type {{ testResults: Array<{ name: string; message: string; status: string; assertionResults: Array<{ status: string; fullName: string }> }> }} */
  const json = JSON.parse(readFileSync(report, "utf8"));
  return json.testResults.flatMap((suite) => {
    const file = relative(copy, suite.name);
    const red = suite.assertionResults
      .filter((a) => a.status === "failed")
      .map((a) => ({ file, title: a.fullName }));
    if (red.length === 0 && suite.status === "failed")
      return [{ file, title: `suite failed to run: ${suite.message.split("\n").slice(0, 3).join(" ").slice(0, 200)}` }];
    return red;
  });
}

/** @param {string} dir @returns {string[]} */
function testFiles(dir) {
  if (!statSync(dir).isDirectory()) return [dir]; // a single test file given as a tier
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

main();
