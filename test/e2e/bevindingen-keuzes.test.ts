import type { Page } from "playwright-core";
import { pane, screenshot, gebouwdTaakvenster } from "../support/browser";

jest.setTimeout(90_000);

// The demo workbook derives a row shifted one column left (row 15) and an owner two registry
// people fit (D16 "A. Woortman"): src/taskpane/demo/demo-afwijkingen.ts.
const VOORVERTONING = [
  "B15 wordt leeg",
  'B15 → C15: "Uitwerken onafhankelijke adviseurs"',
  'C15 → D15: "0/26"',
  'D15 → E15: "In uitvoering"',
  'E15 → F15: "13 januari vastgesteld"',
  'F15 → G15: "1 maart 2021"',
];

describe.each([350, 1280])("findings that wait for the user, %i px wide", (breed) => {
  const taakvenster = gebouwdTaakvenster();
  let page: Page;
  // Each test its own page: a row one test put back is never another's starting point.
  beforeEach(async () => {
    page = (await taakvenster.open({ width: breed, height: 800 })).page;
    await pane(page).getByRole("button", { name: "Valideer", exact: true }).click();
    await pane(page).getByText('Blad "Actielijst": 37 acties').waitFor();
  });

  const cel = (c: string) =>
    page.locator(`table[data-sheet="Actielijst"] td[data-cell="${c}"]`).textContent();
  const zijwaarts = () =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  const verschoven = () =>
    pane(page).locator("li", { has: page.getByRole("button", { name: /^A15\s/ }) });

  test("Zet rij terug: first which cell goes where, then one click, the confirmation and Ongedaan maken beside it", async () => {
    const item = verschoven();
    const lijst = item.getByRole("list", { name: /^Zet rij terug verplaatst 6 cellen van rij 15/ });
    await lijst.waitFor();
    expect(await lijst.locator("li").allTextContents()).toEqual(VOORVERTONING);
    // Nothing is written by showing the preview.
    expect([await cel("B15"), await cel("C15")]).toEqual([
      "Uitwerken onafhankelijke adviseurs",
      "0/26",
    ]);
    expect(await zijwaarts()).toBe(false);
    await item.getByRole("button", { name: "Zet rij terug", exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, `zet-rij-terug-1-voorvertoning-${breed}`);

    await item.getByRole("button", { name: "Zet rij terug", exact: true }).click();
    await item.getByText(/Rij 15 staat weer in zijn kolommen \(6 cellen gewijzigd\)/).waitFor();
    expect([await cel("B15"), await cel("C15"), await cel("D15"), await cel("G15")]).toEqual([
      "",
      "Uitwerken onafhankelijke adviseurs",
      "0/26",
      "1 maart 2021",
    ]);
    // The finding is done: struck through, without its preview; Ongedaan maken sits beside it.
    expect(await item.getByRole("button", { name: "Zet rij terug", exact: true }).count()).toBe(0);
    await item.getByRole("button", { name: "Ongedaan maken" }).scrollIntoViewIfNeeded();
    await screenshot(page, `zet-rij-terug-2-bevestiging-${breed}`);

    await item.getByRole("button", { name: "Ongedaan maken" }).click();
    await item.getByText(/Zet rij terug: 6 cellen teruggezet/).waitFor();
    expect([await cel("B15"), await cel("C15")]).toEqual([
      "Uitwerken onafhankelijke adviseurs",
      "0/26",
    ]);
    await item.getByRole("button", { name: "Zet rij terug", exact: true }).waitFor();
  });

  test("an accounthouder that fits two people: the candidates are shown as text with the finding", async () => {
    const item = pane(page).locator("li", { has: page.getByRole("button", { name: /^D16\s/ }) });
    const kandidaten = item.getByText(
      "'A. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet."
    );
    await kandidaten.scrollIntoViewIfNeeded();
    expect(await kandidaten.isVisible()).toBe(true);
    expect(await item.getByText(/Schrijf de naam voluit/).isVisible()).toBe(true);
    expect(await zijwaarts()).toBe(false);
    await screenshot(page, `dubbelzinnig-${breed}`);
  });
});
