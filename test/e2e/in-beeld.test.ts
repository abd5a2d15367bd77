// Issue 26, points 2, 3 and 9, at the task pane's 350 x 650: after every action its result (or its
// message) is in view and has focus; Verschil is one click from the top and its messages appear at
// the button that caused them; nothing is clipped; an error goes when its cause goes; the narrow
// demo page itself never scrolls.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { gebouwdTaakvenster, pane, screenshot } from "../support/browser";
import { eerdereVersie, schrijfVersie } from "../support/versies";
import { fixtureWerkmap } from "../support/xlsx";

jest.setTimeout(120_000);

const SHOTS = process.env.REGIE_SHOTS ?? "/tmp/shots-26-in-beeld";
const HOOG = 650;
const taakvenster = gebouwdTaakvenster();
let goedBestand: string;
let kapotBestand: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const map = mkdtempSync(join(tmpdir(), "regie-in-beeld-"));
  const lijst = (
    await (await fixtureWerkmap("actielijst-duo-2021.xlsx")).read([{ sheet: "Actielijst" }])
  )[0]!.grid;
  goedBestand = await schrijfVersie(
    eerdereVersie(lijst).grid,
    join(map, "actielijst-13-01-2021.xlsx")
  );
  // Not a workbook at all, but named like one: the reader refuses it with the file's name.
  kapotBestand = join(map, "kapot.xlsx");
  writeFileSync(kapotBestand, "dit is geen werkmap");
});

/** Where an element is in the window, and whether focus is on it or inside it. */
async function inBeeld(el: Locator): Promise<{ zichtbaar: boolean; focus: boolean }> {
  return el.evaluate((e, hoog) => {
    const r = e.getBoundingClientRect();
    return {
      zichtbaar: r.top >= 0 && r.top < hoog - 24 && r.bottom > 0,
      focus: e === document.activeElement || e.contains(document.activeElement),
    };
  }, HOOG);
}

/** The live message that holds that text (where a panel announces the outcome of an action). */
const meldingMet = (waar: Locator, tekst: RegExp | string) =>
  waar.locator('[aria-live="polite"]').filter({ hasText: tekst });

/** The page itself does not scroll: only the pane does, as in Excel's task pane. */
const paginaScrolt = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight + 1);

/**
 * Selects whose shown option is wider than the room the select gives it (the chevron excluded):
 * a native select clips without any scrollWidth to tell, so the text is measured in the same font.
 */
const afgekapteKeuzes = (waar: Locator) =>
  waar.evaluate((root) =>
    [...root.querySelectorAll("select")]
      .filter((s) => s.offsetParent !== null)
      .flatMap((s) => {
        const cs = getComputedStyle(s);
        const maat = document.createElement("span");
        maat.style.font = cs.font;
        maat.style.whiteSpace = "pre";
        maat.style.position = "absolute";
        maat.textContent = s.selectedOptions[0]?.textContent ?? "";
        document.body.append(maat);
        const nodig = maat.getBoundingClientRect().width;
        maat.remove();
        const ruimte = s.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return nodig > ruimte + 0.5
          ? [`${maat.textContent} (${Math.round(nodig)} > ${Math.round(ruimte)})`]
          : [];
      })
  );

describe("at 350 x 650, the result of every action comes into view with focus", () => {
  test("Actielijst: the buttons in the first screen; Valideer, Valideer en markeer, Markeringen wissen; no clipped choice", async () => {
    const { page } = await taakvenster.open({ width: 350, height: HOOG });
    const tab = page.getByRole("region", { name: "Actielijst valideren", exact: true });
    const valideer = tab.getByRole("button", { name: "Valideer", exact: true });
    expect((await valideer.boundingBox())!.y + 32).toBeLessThanOrEqual(HOOG);
    expect(await afgekapteKeuzes(tab)).toEqual([]);

    await valideer.click();
    const resultaat = tab.getByRole("region", { name: "Uitkomst van het valideren" });
    await resultaat.getByText(/^Blad "Actielijst": \d+ acties$/).waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(resultaat)).toEqual({ zichtbaar: true, focus: true });
    // The buttons stay above it (sticky), and so does the demo's switch: the page did not scroll.
    expect(await paginaScrolt(page)).toBe(false);
    expect(await inBeeld(page.getByRole("button", { name: "Toon het werkblad" }))).toMatchObject({
      zichtbaar: true,
    });
    // The filters show their whole choice ("Alle accounthouc" before).
    expect(await afgekapteKeuzes(tab)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "350-valideer.png") });

    // Scrolled away, then Valideer en markeer: back to the result, with its message beside the buttons.
    await resultaat.evaluate((e) => e.closest("aside, main")?.scrollBy(0, 2000));
    await tab.getByRole("button", { name: "Valideer en markeer" }).click();
    const gemarkeerd = tab.getByText(/oranje gemarkeerd\.$/).first();
    await gemarkeerd.waitFor();
    await page.waitForTimeout(300);
    expect((await inBeeld(gemarkeerd)).zichtbaar).toBe(true);
    expect((await inBeeld(resultaat)).zichtbaar).toBe(true);

    await tab.getByRole("button", { name: "Markeringen wissen" }).click();
    const gewistTekst = /teruggezet\.|geen markeringen om te wissen/;
    const gewist = tab.getByText(gewistTekst).first();
    await gewist.waitFor();
    await page.waitForTimeout(300);
    const melding = meldingMet(tab, gewistTekst);
    expect(await inBeeld(melding)).toEqual({ zichtbaar: true, focus: true });
    await page.screenshot({ path: join(SHOTS, "350-gewist.png") });
  });

  test("an error goes when its cause goes: another sheet chosen after a failed Valideer", async () => {
    const { page } = await taakvenster.open({ width: 350, height: HOOG });
    const tab = page.getByRole("region", { name: "Actielijst valideren", exact: true });
    await tab.getByLabel("Blad met de actielijst").selectOption("Accounthouders");
    await tab.getByRole("button", { name: "Valideer", exact: true }).click();
    const foutTekst = "Accounthouders";
    const fout = tab.locator(".fui-MessageBar", { hasText: foutTekst });
    await fout.waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(meldingMet(tab, foutTekst))).toEqual({
      zichtbaar: true,
      focus: true,
    });
    await tab.getByLabel("Blad met de actielijst").selectOption("");
    await fout.waitFor({ state: "detached" });
  });

  test("Keuzelijst: the preview and Toepassen in view with focus; its confirmation too", async () => {
    const { page } = await taakvenster.open({ width: 350, height: HOOG });
    const sectie = pane(page).locator("[data-keuzelijst]");
    await sectie.getByRole("button", { name: "Keuzelijst status in het blad" }).click();
    const voorvertoning = sectie.getByRole("region", { name: "Voorvertoning van de keuzelijst" });
    await voorvertoning.waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(voorvertoning)).toEqual({ zichtbaar: true, focus: true });
    const toepassen = voorvertoning.getByRole("button", { name: "Toepassen" });
    expect((await inBeeld(toepassen)).zichtbaar).toBe(true);
    await toepassen.click();
    const klaarTekst = /De keuzelijst staat in \d+ cellen/;
    const klaar = sectie.getByText(klaarTekst);
    await klaar.waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(meldingMet(sectie, klaarTekst))).toEqual({
      zichtbaar: true,
      focus: true,
    });
  });

  test("Verschil: one click from the top; a wrong file's message at its button, gone with the next file; the result in view", async () => {
    const { page } = await taakvenster.open({ width: 350, height: HOOG });
    const tabKnop = pane(page).getByRole("tab", { name: "Verschil" });
    expect((await inBeeld(tabKnop)).zichtbaar).toBe(true);
    await tabKnop.click();
    const sectie = pane(page).locator("[data-verschil]");
    expect(
      await afgekapteKeuzes(pane(page).getByRole("region", { name: "Verschil", exact: true }))
    ).toEqual([]);
    const bestand = sectie.locator("input[data-bestand]");
    const vergelijk = sectie.getByRole("button", { name: "Vergelijk", exact: true });

    await bestand.setInputFiles(kapotBestand);
    await sectie.getByText("kapot.xlsx").waitFor();
    await vergelijk.click();
    const foutTekst = "kapot.xlsx";
    const fout = sectie.locator(".fui-MessageBar", { hasText: foutTekst });
    await fout.waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(meldingMet(sectie, foutTekst))).toEqual({
      zichtbaar: true,
      focus: true,
    });
    // Right under the button that caused it, not at the foot of the section.
    const knop = (await vergelijk.boundingBox())!;
    const bericht = (await fout.boundingBox())!;
    expect(bericht.y - (knop.y + knop.height)).toBeGreaterThanOrEqual(0);
    expect(bericht.y - (knop.y + knop.height)).toBeLessThan(40);
    await page.screenshot({ path: join(SHOTS, "350-verschil-fout.png") });

    await bestand.setInputFiles(goedBestand);
    await fout.waitFor({ state: "detached" });
    await sectie.getByRole("textbox", { name: "Datum van die versie" }).fill("13-01-2021");
    await vergelijk.click();
    const resultaat = sectie.getByRole("region", { name: "Uitkomst van de vergelijking" });
    await resultaat.waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(resultaat)).toEqual({ zichtbaar: true, focus: true });
    await page.screenshot({ path: join(SHOTS, "350-verschil-resultaat.png") });

    // Writing the sheet: its confirmation under the write button, in view with focus.
    await resultaat.getByRole("button", { name: /^Schrijf blad "Wijzigingen sinds/ }).click();
    const geschrevenTekst = /Blad "Wijzigingen sinds 13-01-2021" gemaakt/;
    const geschreven = resultaat.getByText(geschrevenTekst);
    await geschreven.waitFor();
    await page.waitForTimeout(300);
    expect(await inBeeld(meldingMet(resultaat, geschrevenTekst))).toEqual({
      zichtbaar: true,
      focus: true,
    });
    expect(await paginaScrolt(page)).toBe(false);
  });

  test("Mijlpalen: the confirmation of Dashboard maken in view with focus (it was at y=641)", async () => {
    const { page } = await taakvenster.open({ width: 350, height: HOOG });
    await pane(page).getByRole("tab", { name: "Mijlpalen-dashboard" }).click();
    const tab = page.getByRole("region", { name: "Mijlpalen-dashboard", exact: true });
    await tab.getByRole("button", { name: "Dashboard maken" }).click();
    const klaarTekst = /Blad ".+" gemaakt: \d+ kwartalen\./;
    const klaar = tab.getByText(klaarTekst);
    await klaar.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    expect(await inBeeld(meldingMet(tab, klaarTekst))).toEqual({
      zichtbaar: true,
      focus: true,
    });
    expect(await paginaScrolt(page)).toBe(false);
    await page.screenshot({ path: join(SHOTS, "350-dashboard.png") });
    await screenshot(page, "in-beeld-350-dashboard");
  });
});

test("at 1280 px the same tabs, side by side with the sheet, nothing clipped", async () => {
  const { page } = await taakvenster.open({ width: 1280, height: 900 });
  for (const naam of [
    "Actielijst valideren",
    "Verschil",
    "Actiepunten",
    "Accounthouders",
    "Mijlpalen-dashboard",
  ]) {
    await pane(page).getByRole("tab", { name: naam }).click();
    const tab = page.getByRole("region", { name: naam, exact: true });
    await tab.waitFor();
    expect(await afgekapteKeuzes(tab)).toEqual([]);
  }
  expect(await paginaScrolt(page)).toBe(false);
  await page.screenshot({ path: join(SHOTS, "1280-tabs.png") });
});
