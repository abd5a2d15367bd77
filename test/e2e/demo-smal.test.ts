import { gebouwdTaakvenster, screenshot, type PaneSession } from "../support/browser";
import { demoVerwachting } from "../support/demo-verwachting";

jest.setTimeout(60_000);

const taakvenster = gebouwdTaakvenster();

/** A fresh pane per test at this size; afterwards no page errors and no requests leaving localhost. */
function verseDemo(viewport: { width: number; height: number }): () => PaneSession {
  let sessie: PaneSession | undefined;
  beforeEach(async () => {
    sessie = await taakvenster.open(viewport);
  });
  return () => sessie!;
}

// The demo at task-pane width (350 px): the pane alone, the sheet behind a toggle, nothing scrolls
// sideways. Wide (1280 px) it shows the sheet beside the pane.
describe("the demo at task pane width (350 px)", () => {
  const sessie = verseDemo({ width: 350, height: 800 });

  test("only the task pane, no horizontal scroll; the button switches to the worksheet and back", async () => {
    const { page } = sessie();
    const zijwaarts = () =>
      page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    await page.getByRole("complementary", { name: "Regie-taakvenster" }).waitFor();
    expect(await page.locator("table[data-sheet]").isVisible()).toBe(false);
    expect(await zijwaarts()).toBe(false);
    await screenshot(page, "demo-smal-1-taakvenster");

    await page.getByRole("button", { name: "Toon het werkblad" }).click();
    await page.locator('table[data-sheet="Actielijst"]').waitFor();
    expect(await page.getByRole("complementary", { name: "Regie-taakvenster" }).isVisible()).toBe(
      false
    );
    expect(await zijwaarts()).toBe(false);
    await screenshot(page, "demo-smal-2-werkblad");

    await page.getByRole("button", { name: "Terug naar het taakvenster" }).click();
    await page.getByRole("complementary", { name: "Regie-taakvenster" }).waitFor();
  });
});

describe("the demo wide (1280 px)", () => {
  const sessie = verseDemo({ width: 1280, height: 900 });

  test("worksheet and task pane side by side, no switch button", async () => {
    const { page } = sessie();
    await page.locator('table[data-sheet="Actielijst"]').waitFor();
    expect(await page.getByRole("complementary", { name: "Regie-taakvenster" }).isVisible()).toBe(
      true
    );
    expect(await page.getByRole("button", { name: "Toon het werkblad" }).count()).toBe(0);
  });

  test("narrowing the window to task-pane width and back keeps what the pane shows", async () => {
    const { page } = sessie();
    const zijkant = page.getByRole("complementary", { name: "Regie-taakvenster" });
    await zijkant.getByRole("button", { name: /^Valideer( actielijst)?$/ }).click();
    const resultaat = zijkant.getByText(`${(await demoVerwachting()).acties} acties`);
    await resultaat.waitFor();
    await page.setViewportSize({ width: 600, height: 900 });
    await page.getByRole("button", { name: "Toon het werkblad" }).waitFor();
    expect(await resultaat.isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('table[data-sheet="Actielijst"]').waitFor();
    expect(await page.getByRole("button", { name: "Toon het werkblad" }).count()).toBe(0);
    expect(await resultaat.isVisible()).toBe(true);
  });

  test("a clicked finding far down brings its cell into view", async () => {
    const { page } = sessie();
    const zijkant = page.getByRole("complementary", { name: "Regie-taakvenster" });
    await zijkant.getByRole("button", { name: /^Valideer( actielijst)?$/ }).click();
    await page.getByText(`${(await demoVerwachting()).acties} acties`).waitFor();
    // The finding with the lowest cell on the sheet; its accessible name starts with the cell.
    const namen = await zijkant.getByRole("button", { name: /^[A-Z]+\d+\s/ }).allInnerTexts();
    const cellen = namen.map((n) => /^([A-Z]+)(\d+)/.exec(n.trim())!).filter(Boolean);
    const laagste = cellen.sort((a, b) => Number(b[2]) - Number(a[2]))[0][0];
    const raster = page.locator("table[data-sheet]").locator("xpath=..");
    const cel = page.locator(`td[data-cell="${laagste}"]`);
    const inBeeld = async () => {
      const [r, c] = [await raster.boundingBox(), await cel.boundingBox()];
      return Boolean(r && c && c.y >= r.y - 1 && c.y + c.height <= r.y + r.height + 1);
    };
    expect({ laagste, inBeeld: await inBeeld() }).toEqual({ laagste, inBeeld: false });
    await zijkant
      .getByRole("button", { name: new RegExp(`^${laagste}\\s`) })
      .first()
      .click();
    await page.locator(`td[data-cell="${laagste}"][class*=" "]`).waitFor();
    await page.waitForTimeout(300);
    expect({ laagste, inBeeld: await inBeeld() }).toEqual({ laagste, inBeeld: true });
    await screenshot(page, "demo-breed-bevinding-in-beeld");
  });
});
