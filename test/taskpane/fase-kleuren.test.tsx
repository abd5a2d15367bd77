import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { FASE_KLEUREN, FASEN } from "../../src/core/mijlpalen";
import { DemoGrafiek } from "../../src/taskpane/demo/DemoGrafiek";
import { FaseKleur } from "../../src/taskpane/mijlpalen/FaseKleur";
import { contrast } from "../support/kleur";
import { html } from "../support/ssr";

const THEMAS = { licht: webLightTheme, donker: webDarkTheme };

describe("the phase colours in the pane", () => {
  test("a swatch per phase in that phase's colour, hidden from screen readers (the name is beside it)", () => {
    for (const fase of FASEN) {
      const h = html(<FaseKleur fase={fase} />);
      expect(h).toContain(`data-fase="${fase}"`);
      expect(h).toContain(`background-color:${FASE_KLEUREN[fase]}`);
      expect(h).toContain('aria-hidden="true"');
    }
  });

  // WCAG 1.4.11 asks 3:1 for what identifies a graphic: the swatch's outline gives it in both themes.
  test.each(Object.entries(THEMAS))(
    "the swatch's outline stands out 3:1 on the %s theme",
    (_naam, thema) => {
      expect(
        contrast(thema.colorNeutralStrokeAccessible, thema.colorNeutralBackground1)
      ).toBeGreaterThanOrEqual(3);
      expect(html(<FaseKleur fase="Opname" />)).toContain(
        "border:1px solid var(--colorNeutralStrokeAccessible)"
      );
    }
  );

  // The fills themselves: none fades into either background (Okabe-Ito's yellow would, 1.3:1 on white).
  test.each(Object.entries(THEMAS))(
    "every phase colour is visible on the %s theme's background",
    (_naam, thema) => {
      const zwak = FASEN.filter(
        (f) => contrast(FASE_KLEUREN[f], thema.colorNeutralBackground1) < 2
      );
      expect(zwak).toEqual([]);
    }
  );
});

describe("the demo's chart draws what was set on the chart", () => {
  const values = [
    ["Kwartaal", ...FASEN],
    ["Q4 2019", 10, 20, 30, 40, 50, 60],
  ];
  const grafiek = {
    name: "RegieMijlpalenGrafiek",
    title: "Adressen per fase per kwartaal",
    source: "A1:G2",
    type: "ColumnStacked",
  };
  const kleurVan = (h: string, fase: string) =>
    new RegExp(`<rect[^>]*fill="(#[0-9A-F]{6})"[^>]*data-serie="${fase}"`).exec(h)?.[1];

  test("each series in its fill: the phase colours when Regie set them, columns and legend alike", () => {
    const h = html(
      <DemoGrafiek
        grafiek={{ ...grafiek, seriesFills: FASEN.map((f) => FASE_KLEUREN[f]) }}
        values={values}
      />
    );
    expect(FASEN.map((f) => kleurVan(h, f))).toEqual(FASEN.map((f) => FASE_KLEUREN[f]));
    for (const f of FASEN)
      expect(h).toMatch(
        new RegExp(`data-serie="${f}"><span style="[^"]*background:${FASE_KLEUREN[f]}`)
      );
  });

  test("a series without a fill in Excel's own theme colours, as Excel draws it", () => {
    const h = html(
      <DemoGrafiek grafiek={{ ...grafiek, seriesFills: FASEN.map(() => null) }} values={values} />
    );
    expect(kleurVan(h, "Nog niet gestart")).toBe("#4472C4");
    expect(kleurVan(h, "Voltooid")).toBe("#70AD47");
  });
});
