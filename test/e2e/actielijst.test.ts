import {
  celVulling,
  screenshot,
  type PaneSession,
  gebouwdTaakvenster,
  TAAKVENSTER_BREEDTE,
} from "../support/browser";
import { demoVerwachting, type DemoVerwachting } from "../support/demo-verwachting";
import type { Page } from "playwright-core";

jest.setTimeout(60_000);

const taakvenster = gebouwdTaakvenster();
/** The demo's numbers, from the fixtures the build made the demo of. */
let verwacht: DemoVerwachting;
beforeAll(async () => {
  verwacht = await demoVerwachting();
});

describe("Actielijst valideren in the demo (headless Chromium, Excel stand-in)", () => {
  let sessie: PaneSession;
  // A fresh demo per test: no test leans on what an earlier one validated, marked or repaired.
  beforeEach(async () => {
    sessie = await taakvenster.open({ width: 1280, height: 900 });
  });

  test("the demo says it is a demo and shows the actielijst", async () => {
    const { page } = sessie;
    await page.getByText(/Demo: u werkt in een voorbeeldwerkmap/).waitFor();
    expect(await page.locator('td[data-cell="C2"]').textContent()).toBe(
      "a. NCG zet format uit bij gemeenten"
    );
    await screenshot(page, "actielijst-1-start");
  });

  test("validating shows the counts per traffic light and the findings", async () => {
    const { page } = sessie;
    await page.getByRole("button", { name: "Valideer", exact: true }).click();
    await page.getByText(`Blad "Actielijst": ${verwacht.acties} acties`).waitFor();
    const aantal = async (licht: string) => page.locator(`li[data-licht="${licht}"]`).innerText();
    const lichten = [
      ["overdue", "Verlopen"],
      ["due-soon", "Binnenkort"],
      ["on-track", "Op schema"],
      ["done", "Gereed"],
      ["no-deadline", "Zonder deadline"],
    ] as const;
    for (const [licht, naam] of lichten)
      expect(await aantal(licht)).toMatch(
        new RegExp(`^\\s*${naam}\\s*${verwacht.licht(licht)}\\s*$`)
      );
    // every light's count adds up to the list, and the demo has something in each of the first four
    expect(lichten.reduce((n, [licht]) => n + verwacht.licht(licht), 0)).toBe(verwacht.acties);
    for (const [licht] of lichten.slice(0, 4)) expect(verwacht.licht(licht)).toBeGreaterThan(0);
    await page.getByText(/^Overige bevindingen \(\d+\)$/).waitFor();
    await screenshot(page, "actielijst-2-gevalideerd");
  });

  test("a click on a finding selects its cell", async () => {
    const { page } = sessie;
    await page.getByRole("button", { name: "Valideer", exact: true }).click();
    await page.getByRole("button", { name: /G9\s*e\. Uitwerken integrale/ }).click();
    await page.locator('td[data-cell="G9"][class*=" "]').waitFor();
    await screenshot(page, "actielijst-3-selectie");
  });

  test("marking colours overdue red and due soon orange; clearing restores the colours", async () => {
    const { page } = sessie;
    await page.getByRole("button", { name: "Valideer en markeer" }).click();
    await page.getByText(verwacht.gemarkeerd).waitFor();
    expect(await celVulling(page, "C9")).toBe("#FFC7CE");
    expect(await celVulling(page, "H39")).toBe("#FFC7CE");
    expect(await celVulling(page, "C15")).toBe("#FFD8A8");
    expect(await celVulling(page, "C10")).toBe("");
    await screenshot(page, "actielijst-4-gemarkeerd");
    await page.getByRole("button", { name: "Markeringen wissen" }).click();
    await page.getByText(/Oorspronkelijke kleur van \d+ cellen teruggezet/).waitFor();
    for (const cel of ["C9", "H39", "C15", "G15"]) expect(await celVulling(page, cel)).toBe("");
    await screenshot(page, "actielijst-5-gewist");
  });

  test("a fix writes the cell and can be undone", async () => {
    const { page } = sessie;
    await page.getByRole("button", { name: "Valideer", exact: true }).click();
    const schrijfwijzen = verwacht.code("status-schrijfwijze");
    expect(schrijfwijzen).toBeGreaterThan(0);
    await page
      .getByRole("button", { name: new RegExp(`^${schrijfwijzen} x Status anders geschreven`) })
      .click();
    await page.getByRole("button", { name: 'Herstel naar "Gereed"' }).click();
    await wachtOpMelding(page, /E21 is gewijzigd in "Gereed"/);
    // The demo's grid re-renders after the message: wait for the cell, not only the message.
    await page.locator('td[data-cell="E21"]', { hasText: /^Gereed$/ }).waitFor();
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await wachtOpMelding(page, /Herstel status: 1 cel teruggezet/);
    await page.locator('td[data-cell="E21"]', { hasText: /^gereed$/ }).waitFor();
    await screenshot(page, "actielijst-6-ongedaan");
  });
});

// The fields behave alike at any width (no test here looks at the layout): checked at the task
// pane's own 350 px; the layout of the tab at both widths is in bevindingen.test.ts.
describe.each([TAAKVENSTER_BREEDTE])(
  "Peildatum and Binnenkort (dagen) at %d px: checked at the field",
  (breedte) => {
    let sessie: PaneSession;
    // A fresh pane per test: what one test typed never reaches another.
    beforeEach(async () => {
      sessie = await taakvenster.open({ width: breedte, height: 900 });
    });

    const paneel = () =>
      sessie.page.getByRole("region", { name: "Actielijst valideren", exact: true });
    const peildatum = () => paneel().getByRole("textbox", { name: "Peildatum" });
    const binnenkort = () => paneel().getByRole("textbox", { name: "Binnenkort (dagen)" });
    const valideer = () => paneel().getByRole("button", { name: "Valideer", exact: true });
    const markeer = () => paneel().getByRole("button", { name: "Valideer en markeer" });

    test.each<[string, RegExp]>([
      ["", /^Vul een heel aantal dagen van 0 tot en met 365 in\.$/],
      ["-5", /^"-5" is geen geldig aantal: vul een heel aantal dagen van 0 tot en met 365 in\.$/],
      ["abc", /^"abc" is geen geldig aantal/],
      ["14,5", /^"14,5" is geen geldig aantal/],
      ["400", /^400 dagen is te veel/],
    ])(
      "Binnenkort %j is a message at the field, stays as typed and holds back Valideer",
      async (tekst, melding) => {
        await peildatum().waitFor();
        expect(await binnenkort().inputValue()).toBe("14");
        await binnenkort().fill(tekst);
        await paneel().getByText(melding).waitFor();
        expect(await binnenkort().inputValue()).toBe(tekst);
        expect(await valideer().isDisabled()).toBe(true);
        expect(await markeer().isDisabled()).toBe(true);
        expect(
          await paneel()
            .getByText(/Herstel eerst de peildatum of het aantal dagen/)
            .isVisible()
        ).toBe(true);
        await binnenkort().fill("30");
        expect(await valideer().isEnabled()).toBe(true);
        await valideer().click();
        await paneel()
          .getByText(
            /^Peildatum 24-02-2021, binnenkort 30 dagen; gecontroleerd om \d\d:\d\d:\d\d\.$/
          )
          .waitFor();
      }
    );

    test("the peildatum reads as DD-MM-JJJJ; an impossible date or no date is a message and holds back Valideer", async () => {
      expect(await peildatum().inputValue()).toBe("24-02-2021");
      await peildatum().fill("31-02-2021");
      await paneel().getByText("31-02-2021 bestaat niet in de kalender.").waitFor();
      expect(await valideer().isDisabled()).toBe(true);
      await peildatum().fill("abc");
      await paneel()
        .getByText(/^"abc" is geen datum: schrijf de peildatum als DD-MM-JJJJ/)
        .waitFor();
      expect(await valideer().isDisabled()).toBe(true);
      expect(await peildatum().inputValue()).toBe("abc");
      await peildatum().fill("");
      await paneel()
        .getByText(/^Vul een peildatum in/)
        .waitFor();
      expect(await valideer().isDisabled()).toBe(true);
      // the fields and their messages stay inside the pane (an input is 20 characters wide by itself)
      const zijkant = sessie.page.getByRole("complementary", { name: "Regie-taakvenster" });
      const maat = await zijkant.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(maat[0]).toBeLessThanOrEqual(maat[1] + 1);
      await screenshot(sessie.page, `actielijst-invoer-peildatum-${breedte}`);
    });

    test("a peildatum far from today asks first; only after the checkbox does validating run", async () => {
      const jaar = new Date().getFullYear() + 3;
      await peildatum().fill(`24-02-${jaar}`);
      await paneel()
        .getByText(`De peildatum ligt 3 jaar na vandaag. Klopt het jaar ${jaar}?`)
        .waitFor();
      expect(await valideer().isDisabled()).toBe(true);
      await paneel().getByRole("checkbox", { name: "Ja, deze peildatum klopt" }).click();
      expect(await valideer().isEnabled()).toBe(true);
      await valideer().click();
      await paneel()
        .getByText(new RegExp(`^Peildatum 24-02-${jaar}, binnenkort 14 dagen`))
        .waitFor();
    });

    test("the summary and the messages show dates as DD-MM-JJJJ, with leading zeros", async () => {
      await peildatum().fill("1-3-2021");
      await valideer().click();
      await paneel()
        .getByText(/^Peildatum 01-03-2021, binnenkort 14 dagen; gecontroleerd om/)
        .waitFor();
      // what was typed stays as typed; what Regie says is zero-padded
      expect(await peildatum().inputValue()).toBe("1-3-2021");
      const tekst = await paneel().locator("[data-resultaat]").innerText();
      expect(tekst).not.toMatch(/\b(\d-\d{1,2}|\d{1,2}-\d)-\d{4}\b/);
      await peildatum().fill("10-03-2021");
      await paneel()
        .getByText(/horen bij peildatum 01-03-2021 en binnenkort 14 dagen/)
        .waitFor();
    });
  }
);

/**
 * Waits for a message; when it does not come, the failure names the messages the pane shows
 * instead (seen twice in full runs on a loaded machine, never alone: a refusal would read
 * differently) and keeps a screenshot.
 */
async function wachtOpMelding(page: Page, tekst: RegExp): Promise<void> {
  try {
    await page.getByText(tekst).waitFor({ timeout: 30_000 });
  } catch (error) {
    const meldingen = await page.locator("[aria-live]").allInnerTexts();
    await screenshot(page, "actielijst-melding-ontbreekt").catch(() => undefined);
    throw new Error(
      `geen melding ${tekst}; het taakvenster toont: ${JSON.stringify(meldingen.filter((m) => m.trim()))} (${String(error)})`
    );
  }
}
