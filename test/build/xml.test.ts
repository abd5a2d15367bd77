// The manifest test is only as strict as its XML reader: it must reject what Office rejects.
import { parseXml } from "./xml";

describe("parseXml", () => {
  test.each([
    ["<a><b></a></b>", /does not close/],
    ["<a><!-- x -- y --></a>", /inside a comment/],
    ["<a x=1/>", /not quoted/],
    ['<a x="1" x="2"/>', /repeated/],
    ['<a x="1"y="2"/>', /whitespace/],
    ["<a>&nbsp;</a>", /unknown entity/],
    ["<a>fish & chips</a>", /bare "&"/],
    ["<a/><b/>", /more than one root/],
    ["<a>", /not closed/],
    ["text<a/>", /outside the root/],
  ])("rejects %s", (source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });

  test("reads elements, attributes, entities and CDATA", () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- note -->\n<r xmlns:bt="urn:x"><bt:i id=\'1\' v="a &amp; b"/>t&#x41;<![CDATA[<c>]]></r>'
    );
    expect(root.name).toBe("r");
    expect(root.children[0]).toMatchObject({ name: "bt:i", attrs: { id: "1", v: "a & b" } });
    expect(root.text).toBe("tA<c>");
  });
});
