import JSZip from "jszip";
import { removeWithDependents } from "../../../../src/host/xlsx/patch/remove-parts";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (...links: [string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  links
    .map(([id, target]) => `<Relationship Id="${id}" Type="${R}/x" Target="${target}"/>`)
    .join("") +
  `</Relationships>`;

async function pakket(): Promise<JSZip> {
  const zip = new JSZip();
  const put = (name: string, text: string) => zip.file(name, text, { createFolders: false });
  put(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      [
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/sheet2.xml",
        "xl/tables/table1.xml",
        "xl/drawings/drawing1.xml",
        "xl/charts/chart1.xml",
        "xl/media/image1.png",
      ]
        .map((p) => `<Override PartName="/${p}" ContentType="t"/>`)
        .join("") +
      `</Types>`
  );
  put("xl/worksheets/sheet1.xml", "<worksheet/>");
  put("xl/worksheets/sheet2.xml", "<worksheet/>");
  // Sheet 1 (going) has a table and a drawing with a chart and a picture; sheet 2 shares the picture.
  put(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels(["rId1", "../tables/table1.xml"], ["rId2", "../drawings/drawing1.xml"])
  );
  put("xl/worksheets/_rels/sheet2.xml.rels", rels(["rId1", "/xl/media/image1.png"]));
  put("xl/tables/table1.xml", "<table/>");
  put("xl/drawings/drawing1.xml", "<wsDr/>");
  put(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels(["rId1", "../charts/chart1.xml"], ["rId2", "../media/image1.png"])
  );
  put("xl/charts/chart1.xml", "<chartSpace/>");
  put("xl/media/image1.png", "png");
  return zip;
}

describe("removing a sheet with everything only it used", () => {
  test("table, drawing and chart go with it; what another sheet also uses stays", async () => {
    const zip = await pakket();
    await removeWithDependents(zip, ["xl/worksheets/sheet1.xml"]);
    expect(Object.keys(zip.files).sort()).toEqual([
      "[Content_Types].xml",
      "xl/media/image1.png",
      "xl/worksheets/_rels/sheet2.xml.rels",
      "xl/worksheets/sheet2.xml",
    ]);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toBe(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="t"/>` +
        `<Override PartName="/xl/media/image1.png" ContentType="t"/></Types>`
    );
  });

  test("nothing to remove: the package stays as it was", async () => {
    const zip = await pakket();
    const voor = Object.keys(zip.files).sort();
    await removeWithDependents(zip, []);
    expect(Object.keys(zip.files).sort()).toEqual(voor);
  });
});
