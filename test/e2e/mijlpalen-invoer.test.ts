import type { Page } from "playwright-core";
import {
  pane,
  screenshot,
  gebouwdTaakvenster,
  gedragsTest,
  type PaneSession,
} from "../support/browser";

jest.setTimeout(60_000);

/** The end of the last complete quarter before today, as the field shows it (DD-MM-JJJJ). */
function eindVorigKwartaal(vandaag: Date): string {
  const k = Math.floor(vandaag.getMonth() / 3); // 0..3: the running quarter
  const [jaar, maand] = k === 0 ? [vandaag.getFullYear() - 1, 12] : [vandaag.getFullYear(), k * 3];
  const dag = new Date(jaar, maand, 0).getDate();
  return `${dag}-${String(maand).padStart(2, "0")}-${jaar}`;
}

describe.each([350, 1280])(
  "Mijlpalen input at %d px (headless Chromium, Excel stand-in)",
  (breedte) => {
    const taakvenster = gebouwdTaakvenster();
    let sessie: PaneSession;
    let page: Page;
    // The fields behave alike at any width: checked once at the task pane's own 350 px; the one
    // test with a screenshot (to look at the layout) at both widths.
    const gedrag = gedragsTest(breedte);
    // A fresh pane per test: what one test typed never reaches another.
    beforeEach(async () => {
      sessie = await taakvenster.open({ width: breedte, height: 900 });
      page = sessie.page;
      await pane(page).getByRole("tab", { name: "Mijlpalen-dashboard" }).click();
      await paneel()
        .getByText(/Momentopname per kwartaal/)
        .waitFor();
    });

    const paneel = () => page.getByRole("region", { name: "Mijlpalen-dashboard" });
    const kwartaal = (blad: string) =>
      paneel().getByRole("textbox", { name: `Kwartaal van blad ${blad}` });
    const peildatum = () => paneel().getByRole("textbox", { name: "Peildatum" });
    const maak = () => paneel().getByRole("button", { name: "Dashboard maken" });

    gedrag("an own peildatum: the end of the last complete kwartaal", async () => {
      expect(await peildatum().inputValue()).toBe(eindVorigKwartaal(new Date()));
      expect(await maak().isEnabled()).toBe(true);
    });

    test("an unreadable kwartaal is an error at the field and blocks making", async () => {
      await kwartaal("Q2 2020").fill("Q5 2020");
      await kwartaal("Q2 2020").blur();
      await paneel()
        .getByText(/"Q5 2020" is geen kwartaal/)
        .waitFor();
      expect(await kwartaal("Q2 2020").inputValue()).toBe("Q5 2020");
      expect(await paneel().getByText("door u opgegeven").count()).toBe(0);
      expect(await maak().isDisabled()).toBe(true);
      await screenshot(page, `mijlpalen-invoer-kwartaal-${breedte}`);
      await kwartaal("Q2 2020").fill("Q2 2020");
      expect(await maak().isEnabled()).toBe(true);
    });

    gedrag("two sheets with the same kwartaal: an error that names both sheets", async () => {
      await kwartaal("Q2 2020").fill("Q3 2020");
      const melding = paneel().getByText(
        'De bladen "Q2 2020" en "Q3-2020" hebben hetzelfde kwartaal Q3 2020; geef elk blad een eigen kwartaal.'
      );
      await melding.first().waitFor();
      expect(await melding.count()).toBe(2);
      expect(await maak().isDisabled()).toBe(true);
    });

    gedrag("a peildatum outside 2000-2099 is refused with a message", async () => {
      await peildatum().fill("24-02-2202");
      await paneel()
        .getByText(/Het jaar 2202 kan niet/)
        .waitFor();
      expect(await maak().isDisabled()).toBe(true);
      await peildatum().fill("31-02-2020");
      await paneel()
        .getByText(/31-02-2020 bestaat niet in de kalender/)
        .waitFor();
      expect(await maak().isDisabled()).toBe(true);
    });

    gedrag("a peildatum far from today asks first whether the year is right", async () => {
      await peildatum().fill("31-12-2000");
      await paneel()
        .getByText(/Klopt het jaar 2000\?/)
        .waitFor();
      expect(await maak().isDisabled()).toBe(true);
      await paneel().getByRole("checkbox", { name: "Ja, deze peildatum klopt" }).check();
      expect(await maak().isEnabled()).toBe(true);
    });

    gedrag("the chosen peildatum decides the kwartalen of the dashboard", async () => {
      await peildatum().fill("30-09-2020");
      await maak().click();
      await paneel()
        .getByText(/Blad "Dashboard mijlpalen" gemaakt: 2 kwartalen/)
        .waitFor();
      // Real dates in the sheet, shown as dd-mm-jjjj in the demo grid as in Excel.
      const cel = (adres: string) =>
        page.locator(`table[data-sheet="Dashboard mijlpalen"] td[data-cell="${adres}"]`);
      expect(await cel("B3").textContent()).toBe("30-09-2020");
      expect(await cel("I7").textContent()).toBe("30-06-2020");
      expect(await cel("A8").textContent()).toBe("Q3 2020");
    });
  }
);
