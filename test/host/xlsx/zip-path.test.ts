import { posix } from "node:path";
import * as zipPad from "../../../src/host/xlsx/zip-path";

// The reader runs in the task pane too, without Node: its paths must come out as Node's did.
const PADEN = [
  "",
  ".",
  "xl/workbook.xml",
  "/xl/workbook.xml",
  "xl/worksheets/../styles.xml",
  "xl/./worksheets//sheet1.xml",
  "../x.xml",
  "a/b/../../c",
  "[Content_Types].xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
];

describe("zip path does what path.posix did", () => {
  test.each(PADEN)("%j", (pad) => {
    expect(zipPad.dirname(pad)).toBe(posix.dirname(pad));
    expect(zipPad.basename(pad)).toBe(posix.basename(pad));
    expect(zipPad.normalize(pad || ".")).toBe(posix.normalize(pad || "."));
    for (const doel of ["worksheets/sheet1.xml", "../drawings/d1.xml", "./x.xml", "x.xml"])
      expect(zipPad.join(zipPad.dirname(pad), doel)).toBe(posix.join(posix.dirname(pad), doel));
    expect(zipPad.join(zipPad.dirname(pad), "_rels", `${zipPad.basename(pad)}.rels`)).toBe(
      posix.join(posix.dirname(pad), "_rels", `${posix.basename(pad)}.rels`)
    );
  });
});
