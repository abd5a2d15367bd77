import type { Page } from "playwright-core";

import { gebouwdTaakvenster, pane, screenshot } from "../support/browser";
import { demoVerwachting } from "../support/demo-verwachting";

jest.setTimeout(90_000);

const taakvenster = gebouwdTaakvenster();
/** "N acties", N worked out from the fixtures the demo is made of. */
let acties = "";

beforeAll(async () => {
  acties = `${(await demoVerwachting()).acties} acties`;
});

/** Tab until the named button has focus (as a keyboard user would), then Enter. */
async function kiesMetToetsenbord(page: Page, naam: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const gefocust = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.innerText ?? ""
    );
    if (naam.test(gefocust)) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`niet met Tab te bereiken: ${naam}`);
}

describe("accessible and readable", () => {
  test("everything by keyboard: validating and going to a finding", async () => {
    const { page } = await taakvenster.open();
    await kiesMetToetsenbord(page, /^Valideer$/);
    await page.getByText(`Blad "Actielijst": ${acties}`).waitFor();
    await kiesMetToetsenbord(page, /^G9\s/);
    await page.locator('td[data-cell="G9"][class*=" "]').waitFor();
  });

  test("at 320 px wide no task runs horizontally out of the task pane", async () => {
    const { page } = await taakvenster.open();
    const zijkant = pane(page);
    for (const taak of ["Actielijst valideren", "Accounthouders", "Mijlpalen-dashboard"]) {
      await zijkant.getByRole("tab", { name: taak }).click();
      if (taak === "Actielijst valideren") {
        await zijkant.getByRole("button", { name: "Valideer", exact: true }).click();
        await page.getByText(acties).waitFor();
      }
      if (taak === "Accounthouders") {
        await zijkant.getByRole("button", { name: "Normaliseer accounthouders" }).click();
        await page.getByText(/wijzigingen voorgesteld/).waitFor();
      }
      if (taak === "Mijlpalen-dashboard")
        await page.getByText(/Momentopname per kwartaal/).waitFor();
      const maat = await zijkant.evaluate((el) => ({
        breed: el.clientWidth,
        inhoud: el.scrollWidth,
      }));
      expect({ taak, breed: maat.breed, overloop: maat.inhoud > maat.breed + 1 }).toEqual({
        taak,
        breed: 320,
        overloop: false,
      });
      await screenshot(page, `smal-${taak.toLowerCase().replace(/ /g, "-")}`);
    }
  });

  test("dark theme: dark background, light text", async () => {
    const { page } = await taakvenster.open(undefined, "dark");
    await page.getByRole("button", { name: "Valideer", exact: true }).click();
    await page.getByText(acties).waitFor();
    const kleuren = await pane(page)
      .locator("main")
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    const helderheid = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    };
    expect(helderheid(kleuren[0])).toBeLessThan(0.3);
    expect(helderheid(kleuren[1])).toBeGreaterThan(0.7);
    await screenshot(page, "donker-thema");
  });
});
