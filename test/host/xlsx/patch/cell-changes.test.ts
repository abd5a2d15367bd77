import {
  cellElement,
  combined,
  withStyle,
  withValue,
} from "../../../../src/host/xlsx/patch/cell-changes";

const leeg = { s: undefined, element: null };

describe("what happens to one cell", () => {
  test.each([
    [
      "tekst",
      "Nicoline",
      `<c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">Nicoline</t></is></c>`,
    ],
    [
      "tekst die op een formule lijkt",
      "=1+1",
      `<c r="B2" s="4" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>`,
    ],
    ["getal", 12.5, `<c r="B2" s="4"><v>12.5</v></c>`],
    ["waar", true, `<c r="B2" s="4" t="b"><v>1</v></c>`],
    ["leeg", "", `<c r="B2" s="4"/>`],
  ])("cellElement: %s", (_naam, waarde, verwacht) => {
    expect(cellElement("", "B2", 4, waarde)).toBe(verwacht);
  });

  test("with a prefix and without a style", () => {
    expect(cellElement("x:", "A1", undefined, 3)).toBe(`<x:c r="A1"><x:v>3</x:v></x:c>`);
  });

  test("withStyle keeps value and type, withValue keeps the style, together both", () => {
    const now = { s: 2, element: `<c r="A1" s="2" t="s"><v>7</v></c>` };
    expect(withStyle((s) => (s ?? 0) + 10)(now, "A1", "")).toBe(
      `<c r="A1" s="12" t="s"><v>7</v></c>`
    );
    expect(withStyle(() => 5)(leeg, "A1", "")).toBe(`<c r="A1" s="5"/>`);
    expect(withValue("x")(now, "A1", "")).toBe(
      `<c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c>`
    );
    expect(
      combined(
        withValue(1),
        withStyle((s) => (s ?? 0) + 1)
      )(now, "A1", "")
    ).toBe(`<c r="A1" s="3"><v>1</v></c>`);
  });
});
