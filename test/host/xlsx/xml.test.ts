import {
  attr,
  isMain,
  isTrue,
  parseXml,
  PartError,
  relId,
  type XmlTag,
} from "../../../src/host/xlsx/xml";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every opening tag as "uri local" with what the reader needs of it. */
function tags(xml: string): { naam: string; main: boolean; id?: string; name?: string }[] {
  const uit: { naam: string; main: boolean; id?: string; name?: string }[] = [];
  parseXml(xml, "deel.xml", {
    open: (tag: XmlTag) =>
      uit.push({
        naam: `${tag.uri} ${tag.local}`,
        main: isMain(tag, tag.local),
        ...(relId(tag) && { id: relId(tag) }),
        ...(attr(tag, "name") && { name: attr(tag, "name") }),
      }),
  });
  return uit;
}

describe("parseXml: namespaces by URI, not by prefix", () => {
  test("default namespace, an own prefix, a redefinition deeper down and back again", () => {
    const xml =
      `<workbook xmlns="${NS}" xmlns:rel="${R}"><sheets><sheet name="A" rel:id="rId1"/></sheets>` +
      `<ext xmlns="urn:ander"><sheet name="B"/></ext><sheet name="C"/></workbook>`;
    expect(tags(xml)).toEqual([
      { naam: `${NS} workbook`, main: true },
      { naam: `${NS} sheets`, main: true },
      { naam: `${NS} sheet`, main: true, id: "rId1", name: "A" },
      { naam: "urn:ander ext", main: false },
      { naam: "urn:ander sheet", main: false, name: "B" },
      { naam: `${NS} sheet`, main: true, name: "C" },
    ]);
  });

  test("an r:id with the wrong namespace is no r:id", () => {
    expect(tags(`<sheet xmlns="${NS}" xmlns:r="urn:nep" r:id="rId1"/>`)[0].id).toBeUndefined();
  });

  test("an element outside any namespace", () => {
    expect(tags(`<c/>`)).toEqual([{ naam: " c", main: false }]);
  });

  test("text and CDATA come through, entities decoded", () => {
    let tekst = "";
    parseXml(`<t>a &lt;b&gt; <![CDATA[& c]]></t>`, "deel.xml", { text: (t) => (tekst += t) });
    expect(tekst).toBe("a <b> & c");
  });

  test.each([
    ["geen sluittag", `<a><b></a>`],
    ["twee wortels", `<a/><b/>`],
    ["kapotte entiteit", `<a>&nbsp;</a>`],
    ["leeg", ``],
  ])("no valid XML (%s): PartError with the part", (_naam, xml) => {
    expect(() => parseXml(xml, "xl/worksheets/sheet9.xml", {})).toThrow(PartError);
    expect(() => parseXml(xml, "xl/worksheets/sheet9.xml", {})).toThrow(
      /^onderdeel xl\/worksheets\/sheet9\.xml: geen geldige XML/
    );
  });

  test("a DTD with an external entity fetches nothing", () => {
    const xml = `<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`;
    expect(() => parseXml(xml, "deel.xml", { text: () => undefined })).toThrow(PartError);
  });
});

test.each([
  ["1", true],
  ["true", true],
  ["0", false],
  ["false", false],
  [undefined, false],
])("isTrue(%p) = %p", (waarde, verwacht) => {
  expect(isTrue(waarde)).toBe(verwacht);
});
