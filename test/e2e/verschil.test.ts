import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { valideerActielijst } from "../../src/core/actielijst/validate";
import type { Grid } from "../../src/core/grid";
import { gebouwdTaakvenster, pane, screenshot } from "../support/browser";
import { demoVerwachting } from "../support/demo-verwachting";
import { eerdereVersie, schrijfVersie } from "../support/versies";
import { fixtureWerkmap } from "../support/xlsx";

jest.setTimeout(90_000);

/** Screenshots of this feature, to look at (beside the usual test-artifacts copy). */
const SHOTS = process.env.REGIE_SHOTS ?? "/tmp/shots-14v";

const taakvenster = gebouwdTaakvenster();
let lijst: Grid;
/** Actions of the open demo list and of the earlier file, worked out from the fixtures. */
let actiesOpen = 0;
let actiesInBestand = 0;
let eerder: ReturnType<typeof eerdereVersie>;
let bestand: string;

beforeAll(async () => {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
  eerder = eerdereVersie(lijst);
  bestand = await schrijfVersie(
    eerder.grid,
    join(mkdtempSync(join(tmpdir(), "regie-e2e-")), "actielijst-13-01-2021.xlsx")
  );
  mkdirSync(SHOTS, { recursive: true });
  actiesOpen = (await demoVerwachting()).acties;
  actiesInBestand =
    valideerActielijst(eerder.grid, { peildatum: "2021-01-13", binnenkortDagen: 14 })?.acties
      .length ?? 0;
});

const sectie = (page: Page) => pane(page).locator("[data-verschil]");
const soort = (page: Page, s: string) => sectie(page).locator(`[data-soort="${s}"]`);

async function foto(page: Page, el: Locator, naam: string): Promise<void> {
  await el.screenshot({ path: join(SHOTS, `${naam}-sectie.png`) });
  // The start of it, as the pane shows it after a comparison (below the sticky buttons).
  await el.evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SHOTS, `${naam}.png`) });
  await screenshot(page, `verschil-${naam}`);
}

describe.each([350, 1280])("verschil with an earlier version, %i px wide", (breed) => {
  test("a chosen file: new, closed, changed, vanished, uncertain; clicking selects the cell; the sheet Wijzigingen sinds", async () => {
    const { page } = await taakvenster.open({
      width: breed,
      height: 900,
    });
    // Its own tab, one click from the top of the pane (issue 26, point 3).
    await pane(page).getByRole("tab", { name: "Verschil" }).click();
    // The reader is loaded only now, on the first file.
    await sectie(page).locator("input[data-bestand]").setInputFiles(bestand);
    await sectie(page).getByText("actielijst-13-01-2021.xlsx").waitFor();
    // Typed as every date in the pane is: DD-MM-JJJJ (issue 26: this was a browser date field).
    const versieDatum = sectie(page).getByRole("textbox", { name: "Datum van die versie" });
    await versieDatum.fill("13-01-2021");
    expect(await versieDatum.inputValue()).toBe("13-01-2021");
    // ... or picked: the browser's calendar opens from the button beside it.
    await sectie(page).getByRole("button", { name: "Kies in de kalender" }).first().waitFor();
    await foto(page, sectie(page), `${breed}-0-gekozen`);
    await sectie(page).getByRole("button", { name: "Vergelijk", exact: true }).click();
    const resultaat = sectie(page).locator("[data-verschil-resultaat]");
    await resultaat.waitFor();
    expect(
      await resultaat
        .getByText(
          `Open lijst (${actiesOpen} acties) vergeleken met bestand actielijst-13-01-2021.xlsx (${actiesInBestand} acties).`,
          { exact: true }
        )
        .count()
    ).toBe(1);

    expect(await soort(page, "nieuw").innerText()).toMatch(
      new RegExp(`^Nieuw \\(1\\)\\s+C${eerder.nieuw[0]}\\s`)
    );
    expect(await soort(page, "gesloten").innerText()).toMatch(
      new RegExp(
        `^Gesloten \\(1\\)\\s+C${eerder.gesloten[0]}\\s[\\s\\S]*Status van "In uitvoering" naar "Verstuurd"`
      )
    );
    const gewijzigd = await soort(page, "gewijzigd").innerText();
    expect(gewijzigd).toMatch(/^Gewijzigd \(3\)/);
    for (const dagen of eerder.uitgesteld.values())
      expect(gewijzigd).toMatch(
        new RegExp(`Deadline van \\d+-\\d+-2021 naar \\d+-\\d+-2021 \\(\\+${dagen} dagen\\)`)
      );
    expect(gewijzigd).toMatch(/Accounthouder van .+ naar .+/);
    expect(await soort(page, "verdwenen").innerText()).toMatch(
      new RegExp(`^Verdwenen \\(1\\)\\s+${eerder.vervallen[0]}\\s+rij \\d+ in de eerdere versie`)
    );
    expect(await soort(page, "onzeker").innerText()).toMatch(
      new RegExp(
        `^Onzeker gekoppeld \\(1\\)\\s+C${eerder.onzeker[0]}\\s[\\s\\S]*onzeker\\s+gekoppeld aan ".+" \\(rij \\d+ eerder, \\d+% gelijk\\)`
      )
    );
    await foto(page, resultaat, `${breed}-1-bestand`);

    // Each action is a button to its cell in the open list.
    const [rij] = [...eerder.uitgesteld.keys()];
    await soort(page, "gewijzigd").locator(`button[data-cel="C${rij}"]`).click();
    await page.locator(`td[data-cell="C${rij}"][class*=" "]`).waitFor({ state: "attached" });

    await resultaat
      .getByRole("button", { name: 'Schrijf blad "Wijzigingen sinds 13-01-2021"' })
      .click();
    await sectie(page)
      .getByText(/^Blad "Wijzigingen sinds 13-01-2021" gemaakt met \d+ regels\.$/)
      .waitFor();
    // Again: Regie's own sheet is replaced, not doubled.
    await resultaat
      .getByRole("button", { name: 'Schrijf blad "Wijzigingen sinds 13-01-2021"' })
      .click();
    await sectie(page)
      .getByText(/^Blad "Wijzigingen sinds 13-01-2021" opnieuw gemaakt/)
      .waitFor();
    if (breed > 350)
      await page.getByRole("tab", { name: "Wijzigingen sinds 13-01-2021" }).waitFor();
    expect(await page.getByRole("tab", { name: /Wijzigingen sinds 13-01-2021\(2\)/ }).count()).toBe(
      0
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
    ).toBe(false);
  });

  test("Leg vast voor het DUO van ..., compare with the vastlegging, and delete it again", async () => {
    const { page } = await taakvenster.open({
      width: breed,
      height: 900,
    });
    // Its own tab, one click from the top of the pane (issue 26, point 3).
    await pane(page).getByRole("tab", { name: "Verschil" }).click();
    // The meeting date starts at the peildatum (the demo's 24-02-2021).
    const duoVan = sectie(page).getByRole("textbox", { name: "DUO van" });
    expect(await duoVan.inputValue()).toBe("24-02-2021");
    // A day that does not exist is refused at the field and holds the button back.
    await duoVan.fill("31-02-2021");
    await sectie(page).getByText("31-02-2021 bestaat niet in de kalender.").waitFor();
    expect(
      await sectie(page)
        .getByRole("button", { name: /^Leg vast voor het DUO van/ })
        .isDisabled()
    ).toBe(true);
    await duoVan.fill("10-02-2021");
    await sectie(page)
      .getByRole("button", { name: "Leg vast voor het DUO van 10-02-2021" })
      .click();
    await sectie(page)
      .getByText(`${actiesOpen} acties vastgelegd voor het DUO van 10-02-2021.`)
      .waitFor();
    await sectie(page).getByRole("radio", { name: "Een vastlegging" }).check();
    await sectie(page).getByLabel("Vastlegging", { exact: true }).waitFor();
    expect(await sectie(page).getByLabel("Vastlegging", { exact: true }).inputValue()).toBe(
      "2021-02-10"
    );
    await sectie(page).getByRole("button", { name: "Vergelijk", exact: true }).click();
    await sectie(page)
      .getByText(
        "Geen verschillen: dezelfde acties met dezelfde status, deadline en accounthouders."
      )
      .waitFor();
    await sectie(page)
      .getByText(/vergeleken met de vastlegging van 10-02-2021/)
      .waitFor();
    await foto(page, sectie(page), `${breed}-2-vastlegging`);
    if (breed > 350) await page.getByRole("tab", { name: "Regie-vastleggingen" }).waitFor();

    await sectie(page).getByRole("button", { name: "Verwijder deze vastlegging" }).click();
    await sectie(page)
      .getByText(`De vastlegging voor het DUO van 10-02-2021 (${actiesOpen} acties) is verwijderd.`)
      .waitFor();
    await sectie(page)
      .getByText(/Er is nog geen vastlegging in deze werkmap/)
      .waitFor();
  });
});
