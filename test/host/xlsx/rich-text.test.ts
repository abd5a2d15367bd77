import { RichText } from "../../../src/host/xlsx/rich-text";
import { parseXml } from "../../../src/host/xlsx/xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The text of the first <is> in `xml`, through the same events the readers use. */
function tekst(xml: string): string {
  const rt = new RichText();
  let uit = "";
  parseXml(`<is xmlns="${NS}">${xml}</is>`, "deel.xml", {
    open: (tag) => (tag.local === "is" ? rt.start() : rt.open(tag)),
    close: (tag) => (tag.local === "is" ? (uit = rt.end()) : rt.close(tag)),
    text: (t) => rt.text(t),
  });
  return uit;
}

describe("RichText", () => {
  test.each([
    ["<t>een</t>", "een"],
    ["<r><t>een </t></r><r><rPr><i/></rPr><t>twee</t></r>", "een twee"],
    ["<t>a</t><rPh><t>fonetiek</t></rPh>", "a"],
    ["<t>a &amp; b</t>", "a & b"],
    ["<t/>", ""],
  ])("%s -> %p", (xml, verwacht) => {
    expect(tekst(xml)).toBe(verwacht);
  });

  test("text of another namespace does not count", () => {
    expect(tekst(`<t>a</t><o:t xmlns:o="urn:ander">b</o:t>`)).toBe("a");
  });
});
