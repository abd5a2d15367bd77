import type { IsoDate } from "../../src/core/dates/iso";
import { eindVorigKwartaal } from "../../src/core/invoer";
import type { Locator } from "playwright-core";
import {
  FASE_KLEUREN,
  FASEN,
  maakMijlpalenDashboard,
  mijlpaalBericht,
} from "../../src/core/mijlpalen";
import { demoMijlpaalBladen } from "../../src/taskpane/demo/demo-mijlpalen";
import { T } from "../../src/taskpane/texts";
import { gebouwdTaakvenster, pane, screenshot, type PaneSession } from "../support/browser";

jest.setTimeout(60_000);

const taakvenster = gebouwdTaakvenster();

/**
 * What the pane should say after "Dashboard maken", worked out by the core from the demo's own
 * sheets, for the peildatum the pane proposes (the end of the last complete quarter before today).
 */
function verwacht() {
  const nu = new Date();
  const vandaag = `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
  const r = maakMijlpalenDashboard(
    demoMijlpaalBladen().map(({ name, values }) => ({ sheet: name, values, merges: [] })),
    { peildatum: eindVorigKwartaal(vandaag as IsoDate) }
  );
  if (!r.ok) throw new Error(`het demodashboard lukt niet: ${r.fout.code}`);
  return {
    klaar: T.mijlpalen.klaar("Dashboard mijlpalen", r.dashboard.kwartalen.length),
    meldingen: T.mijlpalen.meldingen(r.dashboard.anomalies.length),
    eersteKwartaal: r.dashboard.kwartalen[0].label,
    anomalies: r.dashboard.anomalies,
  };
}

describe("Mijlpalen-dashboard in the demo (headless Chromium, Excel stand-in)", () => {
  let sessie: PaneSession;
  // A fresh demo per test, on the dashboard tab: no test builds on what another made.
  beforeEach(async () => {
    sessie = await taakvenster.open();
    await pane(sessie.page).getByRole("tab", { name: "Mijlpalen-dashboard" }).click();
  });

  async function maakDashboard() {
    const { page } = sessie;
    await page.getByRole("button", { name: "Dashboard maken" }).click();
    await page.getByText(verwacht().klaar).waitFor();
  }

  test("shows the recognised layout and kwartalen before making", async () => {
    const { page } = sessie;
    await page.getByText(/Momentopname per kwartaal/).waitFor();
    for (const [blad, kwartaal] of [
      ["Q2 2020", "Q2 2020"],
      ["Q3-2020", "Q3 2020"],
      ["2020 Q4", "Q4 2020"],
    ])
      expect(
        await page.getByRole("textbox", { name: `Kwartaal van blad ${blad}` }).inputValue()
      ).toBe(kwartaal);
    await page.getByText(/nieuw blad "Dashboard mijlpalen"/).waitFor();
    await screenshot(page, "mijlpalen-1-herkend");
  });

  test("makes the sheet with table and stacked column chart and summarises", async () => {
    const { page } = sessie;
    await maakDashboard();
    await page.getByText(verwacht().meldingen).waitFor();
    await page.locator('table[data-sheet="Dashboard mijlpalen"]').waitFor();
    await page.locator('[data-tabel="RegieMijlpalen"]').waitFor();
    await page.locator('[data-grafiek="RegieMijlpalenGrafiek"] rect').first().waitFor();
    expect(
      await page.locator('table[data-sheet="Dashboard mijlpalen"] td[data-cell="A7"]').textContent()
    ).toBe(verwacht().eersteKwartaal);
    await screenshot(page, "mijlpalen-2-dashboard");
  });

  test("each phase one colour: the chart's columns and legend and the pane's swatches", async () => {
    const { page } = sessie;
    await maakDashboard();
    const grafiek = page.locator('[data-grafiek="RegieMijlpalenGrafiek"]');
    // The browser reports a computed background as rgb(r, g, b).
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
    const achtergrond = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    const gezien = [];
    for (const fase of FASEN)
      gezien.push({
        fase,
        kolom: await grafiek.locator(`rect[data-serie="${fase}"]`).first().getAttribute("fill"),
        legenda: await achtergrond(grafiek.locator(`li[data-serie="${fase}"] span`)),
        taakvenster: await achtergrond(pane(page).locator(`[data-fase="${fase}"]`)),
      });
    expect(gezien).toEqual(
      FASEN.map((fase) => ({
        fase,
        kolom: FASE_KLEUREN[fase],
        legenda: rgb(FASE_KLEUREN[fase]),
        taakvenster: rgb(FASE_KLEUREN[fase]),
      }))
    );
    await screenshot(page, "mijlpalen-4-fasekleuren");
  });

  test("lists the meldingen in the pane; one click selects the melding's cell", async () => {
    const { page } = sessie;
    const { anomalies } = verwacht();
    // The demo's sheets are made to hold a few (demo-afwijkingen.ts): this test needs one.
    expect(anomalies.length).toBeGreaterThan(0);
    await maakDashboard();
    const lijst = pane(page).getByRole("region", { name: `Meldingen (${anomalies.length})` });
    await lijst.waitFor();
    const eerste = anomalies[0];
    await lijst.scrollIntoViewIfNeeded();
    await screenshot(page, "mijlpalen-3-meldingen");
    const knop = lijst.getByRole("button").first();
    expect(await knop.textContent()).toBe(
      `${eerste.sheet}!${eerste.cell}${mijlpaalBericht(eerste)}`
    );
    await knop.click();
    await page.getByRole("tab", { name: eerste.sheet, selected: true }).waitFor();
    await page.locator(`td[data-cell="${eerste.cell}"]`).first().waitFor();
  });

  test("generating again replaces its own sheet instead of adding another", async () => {
    const { page } = sessie;
    await maakDashboard();
    await page.getByText(/vervangt blad "Dashboard mijlpalen"/).waitFor();
    await page.getByRole("button", { name: "Dashboard maken" }).click();
    await page.getByText(verwacht().klaar).waitFor();
    expect(await page.getByRole("tab", { name: /^Dashboard mijlpalen/ }).count()).toBe(1);
  });
});
