import type { Locator, Page } from "playwright-core";
import { celVulling, pane, screenshot, gebouwdTaakvenster, gedragsTest } from "../support/browser";
import { demoVerwachting, type DemoVerwachting } from "../support/demo-verwachting";

jest.setTimeout(60_000);

const taakvenster = gebouwdTaakvenster();
/** The demo's numbers, from the fixtures the build made the demo of. */
let verwacht: DemoVerwachting;

beforeAll(async () => {
  verwacht = await demoVerwachting();
});

/** Each test its own page, so that none depends on what another did. */
async function nieuwePane(breed: number): Promise<Page> {
  const { page } = await taakvenster.open({ width: breed, height: 800 });
  return page;
}

const gevalideerd = () => `Blad "Actielijst": ${verwacht.acties} acties`;

async function valideer(page: Page): Promise<void> {
  await pane(page).getByRole("button", { name: "Valideer", exact: true }).click();
  await pane(page).getByText(gevalideerd()).waitFor();
}

/** The pane's visible box, and whether an element lies inside it. */
async function inBeeld(page: Page, el: Locator): Promise<boolean> {
  const zijkant = await pane(page).boundingBox();
  const box = await el.boundingBox();
  if (!zijkant || !box) return false;
  return box.y >= zijkant.y - 1 && box.y + box.height <= zijkant.y + zijkant.height + 1;
}

/** Whether the element comes to lie inside the pane within a second (scrolling may still be going). */
async function komtInBeeld(page: Page, el: Locator): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    if (await inBeeld(page, el)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

const naarBeneden = (page: Page) =>
  pane(page).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });

describe.each([350, 1280])("findings in the task pane, %i px wide", (breed) => {
  const naam = (stap: string) => `bevindingen-${breed}-${stap}`;
  // What the layout decides (positions, scrolling, screenshots) is checked at both widths; behaviour
  // that does not depend on the width once, at the task pane's own 350 px.
  const gedrag = gedragsTest(breed);

  test("first the overdue and soon-due acties with actie, accounthouder, deadline and days; a click selects the cell", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    const verlopen = pane(page).locator('[data-termijn="overdue"]');
    expect(await verlopen.innerText()).toMatch(
      new RegExp(
        `^Verlopen \\(${verwacht.licht("overdue")}\\)\\s+G9` +
          /\s+e\. Uitwerken integrale programma's.*\s+Nicoline van der Linden · deadline 1 februari 2021 · 23 dagen over tijd\s+G39\s+Uitwerken toekomstagenda Groningen/
            .source,
        "s"
      )
    );
    const binnenkort = pane(page).locator('[data-termijn="due-soon"]');
    // Row 15 of the demo is shifted one column left: its deadline stands in F15, and is read there.
    expect(await binnenkort.innerText()).toMatch(
      new RegExp(
        `^Binnenkort verlopen \\(${verwacht.licht("due-soon")}\\)` +
          /\s+F15\s+Uitwerken onafhankelijke adviseurs\s+\(10\)\(2e\) · deadline 1 maart 2021 · nog 5 dagen/
            .source
      )
    );
    // The due-soon actions come after the overdue ones, the other findings after both.
    const overige = pane(page).getByText(/^Overige bevindingen \(\d+\)$/);
    const y = async (l: Locator) => (await l.boundingBox())!.y;
    expect(await y(verlopen)).toBeLessThan(await y(binnenkort));
    expect(await y(binnenkort)).toBeLessThan(await y(overige));
    await pane(page)
      .getByRole("button", { name: /^G9\s+e\. Uitwerken integrale/ })
      .click();
    await page.locator('td[data-cell="G9"][class*=" "]').waitFor({ state: "attached" });
    await screenshot(page, naam("1-termijnen"));
  });

  gedrag("the other findings by kind with their count, expandable down to the cells", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    const groep = pane(page).getByRole("button", {
      name: new RegExp(
        `^${verwacht.code("deadline-niet-concreet")} x Open actie zonder concrete deadline`
      ),
    });
    await groep.click();
    const cel = pane(page).getByRole("button", {
      name: /^G3\s+Open actie zonder concrete deadline/,
    });
    await cel.click();
    await page.locator('td[data-cell="G3"][class*=" "]').waitFor({ state: "attached" });
    expect(
      await pane(page)
        .getByRole("button", { name: /^\d+ x / })
        .allInnerTexts()
    ).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^${verwacht.code("accounthouder-ontbreekt")} x Open actie zonder accounthouder\\s+waarschuwing$`
          )
        ),
        expect.stringMatching(
          new RegExp(
            `^${verwacht.code("status-schrijfwijze")} x Status anders geschreven\\s+melding$`
          )
        ),
      ])
    );
    await screenshot(page, naam("2-soorten"));
  });

  gedrag("filter by accounthouder and by severity", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    await pane(page)
      .getByLabel("Accounthouder", { exact: true })
      .selectOption("Nicoline van der Linden");
    await pane(page)
      .getByText(/^\d+ van \d+ bevindingen getoond\.$/)
      .waitFor();
    expect(await pane(page).locator("[data-termijn]").allInnerTexts()).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Verlopen \\(${verwacht.licht("overdue", "Nicoline van der Linden")}\\)\\s+G9\\s`
        )
      ),
    ]);
    expect(await pane(page).getByText("Uitwerken toekomstagenda Groningen").count()).toBe(0);
    await pane(page).getByLabel("Accounthouder", { exact: true }).selectOption("");
    await pane(page).getByLabel("Ernst").selectOption({ label: "Meldingen" });
    expect(await pane(page).locator("[data-termijn]").allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^Binnenkort verlopen \\(${verwacht.licht("due-soon")}\\)`)),
    ]);
    expect(
      await pane(page)
        .getByRole("button", { name: /x Open actie zonder/ })
        .count()
    ).toBe(0);
    await screenshot(page, naam("3-filter"));
  });

  test("the buttons stay in view when the list scrolls; a new result comes into view", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    await pane(page)
      .getByRole("button", {
        name: new RegExp(
          `^${verwacht.code("deadline-niet-concreet")} x Open actie zonder concrete deadline`
        ),
      })
      .click();
    await naarBeneden(page);
    const knop = pane(page).getByRole("button", { name: "Valideer", exact: true });
    expect(await inBeeld(page, knop)).toBe(true);
    await screenshot(page, naam("4-gescrold"));
    // Clicked where it stands (no scrolling to it first), as a user clicks it.
    await knop.evaluate((el: HTMLElement) => el.click());
    // The new result's first line comes into view, below the buttons that stay on top.
    await page.waitForFunction(() => {
      const zijkant = document.querySelector('aside[aria-label="Regie-taakvenster"]');
      const resultaat = document.querySelector('[data-resultaat][aria-busy="false"]');
      if (!zijkant || !resultaat) return false;
      const z = zijkant.getBoundingClientRect();
      const r = resultaat.getBoundingClientRect();
      return r.top >= z.top && r.top < z.bottom - 100;
    });
    expect(await inBeeld(page, pane(page).getByText(gevalideerd()))).toBe(true);
    await screenshot(page, naam("5-nieuw-resultaat"));
  });

  gedrag("the results stay when switching tabs", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    await pane(page).getByRole("tab", { name: "Accounthouders" }).click();
    await pane(page).getByRole("button", { name: "Normaliseer accounthouders" }).waitFor();
    expect(await pane(page).getByText(gevalideerd()).isVisible()).toBe(false);
    await pane(page).getByRole("tab", { name: "Actielijst valideren" }).click();
    expect(await pane(page).getByText(gevalideerd()).isVisible()).toBe(true);
    expect(await pane(page).locator('[data-termijn="overdue"]').isVisible()).toBe(true);
  });

  gedrag("an error replaces the old results: no message above outdated findings", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    await pane(page).getByLabel("Blad met de actielijst").selectOption("Q2 2020");
    await pane(page).getByRole("button", { name: "Valideer", exact: true }).click();
    await pane(page)
      .getByText(/staat geen kopregel van een actielijst/)
      .waitFor();
    expect(await pane(page).getByText(`${verwacht.acties} acties`, { exact: false }).count()).toBe(
      0
    );
    expect(await pane(page).locator("[data-termijn]").count()).toBe(0);
    await screenshot(page, naam("6-fout"));
  });

  gedrag(
    "after another peildatum the pane says the markings are outdated and updates them",
    async () => {
      const page = await nieuwePane(breed);
      await pane(page).getByRole("button", { name: "Valideer en markeer" }).click();
      await pane(page).getByText(verwacht.gemarkeerd).waitFor();
      expect(await celVulling(page, "C15")).toBe("#FFD8A8");
      expect(
        await pane(page)
          .getByText(/markeringen zijn verouderd/)
          .count()
      ).toBe(0);
      await pane(page).getByLabel("Peildatum").fill("2021-03-10");
      await pane(page)
        .getByText(/horen bij peildatum 24-02-2021 .*markeringen zijn verouderd/)
        .waitFor();
      await screenshot(page, naam("7-verouderd"));
      await pane(page).getByRole("button", { name: "Markeringen bijwerken" }).click();
      await pane(page)
        .getByText(/rijen rood en \d+ oranje gemarkeerd\./)
        .waitFor();
      expect(
        await pane(page)
          .getByText(/markeringen zijn verouderd/)
          .count()
      ).toBe(0);
      expect(await celVulling(page, "C15")).toBe("#FFC7CE");
      await pane(page).getByLabel("Binnenkort (dagen)").fill("30");
      await pane(page).getByLabel("Binnenkort (dagen)").press("Enter");
      await pane(page)
        .getByText(/markeringen zijn verouderd/)
        .waitFor();
    }
  );

  test("Herstel alle: all proposed statuses at once, the confirmation and Ongedaan maken beside it", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    const knop = pane(page).getByRole("button", { name: `Herstel alle (${verwacht.herstelbaar})` });
    await knop.scrollIntoViewIfNeeded();
    const waar = (await knop.boundingBox())!.y;
    await knop.click();
    const bevestiging = pane(page).getByText(
      `${verwacht.herstelbaar} statussen hersteld. De wijzigingen staan in het Wijzigingslog.`
    );
    await bevestiging.waitFor();
    expect(Math.abs((await bevestiging.boundingBox())!.y - waar)).toBeLessThan(120);
    expect(await komtInBeeld(page, bevestiging)).toBe(true);
    const cel = (c: string) =>
      page.locator(`table[data-sheet="Actielijst"] td[data-cell="${c}"]`).textContent();
    expect([await cel("E21"), await cel("E23"), await cel("E33")]).toEqual([
      "Gereed",
      "Nog niet gestart",
      "Verstuurd",
    ]);
    expect(
      await pane(page)
        .getByRole("button", { name: /^Herstel alle/ })
        .count()
    ).toBe(0);
    await screenshot(page, naam("8-herstel-alle"));
    await pane(page).getByRole("button", { name: "Ongedaan maken" }).click();
    await pane(page)
      .getByText(`Herstel status: ${verwacht.herstelbaar} cellen teruggezet`, { exact: false })
      .waitFor();
    expect([await cel("E21"), await cel("E23"), await cel("E33")]).toEqual([
      "gereed",
      "nog niet gestart",
      "verstuurd",
    ]);
    await pane(page)
      .getByRole("button", { name: `Herstel alle (${verwacht.herstelbaar})` })
      .waitFor();
  });

  test("one fix: the confirmation and Ongedaan maken are at that finding", async () => {
    const page = await nieuwePane(breed);
    await valideer(page);
    await pane(page)
      .getByRole("button", {
        name: new RegExp(`^${verwacht.code("status-schrijfwijze")} x Status anders geschreven`),
      })
      .click();
    const item = pane(page).locator("li", { has: page.getByRole("button", { name: /^E21\s/ }) });
    await item.getByRole("button", { name: 'Herstel naar "Gereed"' }).click();
    await item.getByText(/E21 is gewijzigd in "Gereed"/).waitFor();
    expect(await komtInBeeld(page, item.getByRole("button", { name: "Ongedaan maken" }))).toBe(
      true
    );
    expect(
      await pane(page)
        .getByRole("button", {
          name: new RegExp(
            `^${verwacht.code("status-schrijfwijze") - 1} x Status anders geschreven`
          ),
        })
        .count()
    ).toBe(1);
    await screenshot(page, naam("9-herstel-een"));
    await item.getByRole("button", { name: "Ongedaan maken" }).click();
    await item.getByText(/Herstel status: 1 cel teruggezet/).waitFor();
    expect(
      await page.locator('table[data-sheet="Actielijst"] td[data-cell="E21"]').textContent()
    ).toBe("gereed");
  });

  gedrag("what a button does is shown as text in the pane, not only in a tooltip", async () => {
    const page = await nieuwePane(breed);
    for (const [knop, uitleg] of [
      ["Valideer", /verandert niets in de werkmap/],
      ["Valideer en markeer", /kleurt verlopen rijen rood/],
      ["Markeringen wissen", /oorspronkelijke kleuren .* terug/],
    ] as const) {
      expect(await pane(page).getByText(uitleg).isVisible()).toBe(true);
      const beschreven = await pane(page)
        .getByRole("button", { name: knop, exact: true })
        .evaluate(
          (el) =>
            document.getElementById(el.getAttribute("aria-describedby") ?? "")?.textContent ?? ""
        );
      expect(beschreven).toMatch(uitleg);
    }
  });
});
