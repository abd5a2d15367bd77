import type { Page } from "playwright-core";
import { pane, screenshot, gebouwdTaakvenster } from "../support/browser";

jest.setTimeout(90_000);

/**
 * The demo's snapshot sheets (src/taskpane/demo/demo-mijlpalen.ts): from Q3 to Q4 2020 every one
 * of the 60 addresses moves one phase on, except the one the generator sets back a phase.
 */
const LAATSTE_PAAR = [
  ["Nog niet gestart → Opname", "24"],
  ["Opname → Beoordeling", "18"],
  ["Beoordeling → Planvorming", "7"],
  ["Planvorming → Beoordeling", "1"],
  ["Planvorming → Uitvoering", "7"],
  ["Uitvoering → Voltooid", "3"],
  ["Voltooid bereikt", "3"],
];

describe.each([350, 1280])(
  "Doorstroom per kwartaal at %d px (headless Chromium, Excel stand-in)",
  (breedte) => {
    const taakvenster = gebouwdTaakvenster();
    let page: Page;
    // A fresh demo per test: the dashboard one test made is never another's starting point.
    beforeEach(async () => {
      page = (await taakvenster.open({ width: breedte, height: 900 })).page;
      await pane(page).getByRole("tab", { name: "Mijlpalen-dashboard" }).click();
      await paneel().getByRole("button", { name: "Dashboard maken" }).click();
      await paneel()
        .getByText(/Blad "Dashboard mijlpalen" gemaakt: 3 kwartalen/)
        .waitFor();
    });

    const paneel = () => page.getByRole("region", { name: "Mijlpalen-dashboard" });
    const doorstroom = () =>
      paneel().getByRole("table", { name: "Dit kwartaal doorgestroomd (Q3 2020 → Q4 2020)" });

    test("the panel shows what flowed through in the latest kwartaal, next to the standing", async () => {
      await doorstroom().waitFor();
      const rijen = await doorstroom()
        .locator("tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? "").trim()))
        );
      expect(rijen).toEqual(LAATSTE_PAAR);
      // Beside the counts of the same quarter, not of the running one.
      await paneel().getByRole("table", { name: "Stand Q4 2020" }).waitFor();
      const zijwaarts = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth + 1
      );
      expect(zijwaarts).toBe(false);
      await doorstroom().scrollIntoViewIfNeeded();
      await screenshot(page, `mijlpalen-doorstroom-paneel-${breedte}`);
    });

    test("the dashboard sheet has the table Doorstroom per kwartaal, newest transition first", async () => {
      if (breedte < 600) await page.getByRole("button", { name: "Toon het werkblad" }).click();
      const blad = page.locator('table[data-sheet="Dashboard mijlpalen"]');
      await blad.waitFor();
      await page.locator('[data-tabel="RegieDoorstroom"]').waitFor();
      const titel = blad.locator("td", { hasText: /^Doorstroom per kwartaal \(nieuwste eerst\)$/ });
      await titel.waitFor();
      const rij = Number(/\d+$/.exec((await titel.getAttribute("data-cell")) ?? "")?.[0]);
      const cel = async (kolom: string, r: number) =>
        ((await blad.locator(`td[data-cell="${kolom}${r}"]`).textContent()) ?? "").trim();
      // The printed page holds the chart and the newest pair; the note says the older one is below.
      expect(await cel("A", rij + 1)).toBe(
        "Op de afgedrukte pagina de nieuwste 1 van de 2 kwartaalovergangen; de rest staat hieronder."
      );
      expect(await Promise.all(["A", "B", "C", "D"].map((k) => cel(k, rij + 2)))).toEqual([
        "Kwartalen",
        "Van",
        "Naar",
        "Adressen",
      ]);
      expect(await Promise.all(["A", "B", "C", "D"].map((k) => cel(k, rij + 3)))).toEqual([
        "Q3 2020 → Q4 2020",
        "Nog niet gestart",
        "Opname",
        "24",
      ]);
      await titel.scrollIntoViewIfNeeded();
      await screenshot(page, `mijlpalen-doorstroom-blad-${breedte}`);
    });
  }
);
