import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import {
  pane,
  screenshot,
  type PaneSession,
  gebouwdTaakvenster,
  gedragsTest,
} from "../support/browser";
import { demoVerwachting, type DemoVerwachting } from "../support/demo-verwachting";

jest.setTimeout(60_000);

/** Screenshots of the tab at both widths, to look at (besides test-artifacts). */
const SHOTS = "/tmp/shots-13";

const taakvenster = gebouwdTaakvenster();
/** The demo's numbers, from the fixtures the build made the demo of. */
let verwacht: DemoVerwachting;

beforeAll(async () => {
  verwacht = await demoVerwachting();
});

describe.each([350, 1280])(
  "Accounthouders at %d px (headless Chromium, Excel stand-in)",
  (breedte) => {
    let sessie: PaneSession;
    let page: Page;
    // What the layout decides (overflow, sideways scrolling, positions, screenshots) is checked at
    // both widths; behaviour that does not depend on the width once, at the task pane's own 350 px.
    const gedrag = gedragsTest(breedte);
    // A fresh demo per test: what one test wrote or ticked never reaches another.
    beforeEach(async () => {
      sessie = await taakvenster.open({ width: breedte, height: 900 });
      page = sessie.page;
      await pane(page).getByRole("tab", { name: "Accounthouders" }).click();
    });

    const tab = () => page.getByRole("region", { name: "Accounthouders", exact: true });
    const cel = (blad: string, adres: string) =>
      page.locator(`table[data-sheet="${blad}"] td[data-cell="${adres}"]`).textContent();
    /** The demo workbook's sheet tabs (hidden at 350 px, behind "Toon het werkblad", but there). */
    const bladen = () =>
      page
        .locator('section[aria-label="Voorbeeldwerkmap"] [role="tab"]')
        // a Fluent tab holds its text twice (once to reserve the bold width): the first is the label
        .evaluateAll((els) =>
          els.map((e) => (e.querySelector(".fui-Tab__content") ?? e).textContent ?? "")
        );
    const zijwaarts = () =>
      page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    /** Elements whose content runs out of their own box (clipped or sticking out), by text. */
    const overloop = (waar: Locator) =>
      waar.evaluate((root) =>
        [...root.querySelectorAll<HTMLElement>("span, button, li, p, h3")]
          .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
          .filter((el) => getComputedStyle(el).overflowX !== "visible" || el.clientWidth > 0)
          .filter((el) => el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
          .map((el) => el.textContent?.slice(0, 40))
      );

    async function overzicht() {
      await tab().getByRole("button", { name: "Overzicht per accounthouder" }).click();
      await tab().locator('[data-eigenaar="Nicoline van der Linden"]').waitFor();
    }
    const groep = (naam: string) => tab().getByRole("region", { name: naam, exact: true });
    const eigenaren = (g: Locator) =>
      g
        .locator("[data-eigenaar]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-eigenaar")));
    async function openNicoline() {
      await groep("Personen").locator('[data-eigenaar="Nicoline van der Linden"]').click();
      await groep("Personen")
        .getByRole("button", { name: "Kopieer als e-mailtekst: Nicoline van der Linden" })
        .waitFor();
    }

    gedrag("the explanation is shown as text, not only in a tooltip", async () => {
      for (const uitleg of [
        /Normaliseer accounthouders schrijft elke accounthouder op één manier/,
        /Register opbouwen stelt een register voor uit de namen/,
        /Per accounthouder de open acties met deadline en verkeerslicht/,
      ])
        expect(await tab().getByText(uitleg).isVisible()).toBe(true);
      expect(await tab().locator("[title]").count()).toBe(0);
    });

    test("overview: people, then Nog niet toegewezen and Gelakt (Woo) as groups of their own with an explanation; lakmerken and placeholders are no people", async () => {
      await overzicht();
      const personen = await eigenaren(groep("Personen"));
      // "A. Woortman" fits two people in the register: Regie does not choose, and it is no person.
      expect(personen).toEqual([
        "Nicoline van der Linden",
        "Anja Woortman",
        "Henk Mulder",
        "Marc Hoenders",
        "Peter Spijkerman",
      ]);
      expect(await eigenaren(groep("Niet herkend"))).toEqual(["A. Woortman"]);
      expect(
        await groep("Niet herkend")
          .locator('[data-eigenaar="A. Woortman"] [data-reden]')
          .innerText()
      ).toBe("'A. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet.");
      expect(
        await tab()
          .getByText(/Peildatum 24-02-2021: 5 personen met open acties\./)
          .isVisible()
      ).toBe(true);
      expect(await eigenaren(groep("Nog niet toegewezen"))).toEqual([
        "N.v.t.",
        "Zonder accounthouder",
        "N.t.b.",
      ]);
      expect(await eigenaren(groep("Gelakt (Woo)"))).toEqual(["(10)(2e)"]);
      const woo = groep("Gelakt (Woo)").getByText(/\(10\)\(2e\) is een Woo-lakmerk, geen persoon/);
      expect(await woo.isVisible()).toBe(true);
      expect(await woo.innerText()).toMatch(/Wet open overheid .* artikel 10, lid 2, onder e/);
      expect(
        await groep("Nog niet toegewezen")
          .getByText(/N\.t\.b\. \(nader te bepalen\), N\.v\.t\. \(niet van toepassing\)/)
          .isVisible()
      ).toBe(true);
      expect(await zijwaarts()).toBe(false);
    });

    test("per person the open acties with deadline, days and traffic light, overdue first; a click selects the actie", async () => {
      await overzicht();
      const nicoline = groep("Personen").locator('[data-eigenaar="Nicoline van der Linden"]');
      expect(await nicoline.innerText()).toMatch(/9 open\s*1 verlopen/);
      await openNicoline();
      const acties = groep("Personen").getByRole("list", { name: "Nicoline van der Linden" });
      const eerste = acties.getByRole("listitem").first();
      expect(await eerste.getAttribute("data-licht")).toBe("overdue");
      expect((await eerste.innerText()).replace(/\s+/g, " ")).toMatch(
        /^Rij 9: e\. Uitwerken integrale .* Verlopen deadline 01-02-2021 23 dagen over tijd C9$/
      );
      const lichten = await acties
        .getByRole("listitem")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-licht")));
      expect(lichten).toEqual([
        "overdue",
        "on-track",
        "on-track",
        "on-track",
        "on-track",
        "no-deadline",
        "no-deadline",
        "no-deadline",
        "no-deadline",
      ]);
      expect((await acties.getByRole("listitem").nth(1).innerText()).replace(/\s+/g, " ")).toMatch(
        /Op schema deadline 31-03-2021 nog 35 dagen C5$/
      );
      expect(await acties.getByText('deadline "Nader te bepalen"').count()).toBe(1);
      await eerste.getByRole("button", { name: /Rij 9: e\. Uitwerken integrale/ }).click();
      await page.locator('td[data-cell="C9"][class*=" "]').waitFor({ state: "attached" });
      expect(await overloop(tab())).toEqual([]);
      expect(await zijwaarts()).toBe(false);
      // To look at: the persons with Nicoline's actions, then the two other groups with their text.
      mkdirSync(SHOTS, { recursive: true });
      await groep("Personen").evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${SHOTS}/accounthouders-overzicht-${breedte}-1.png` });
      await groep("Nog niet toegewezen").evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `${SHOTS}/accounthouders-overzicht-${breedte}-2.png` });
      await screenshot(page, `accounthouders-overzicht-${breedte}`);
    });

    test("Kopieer als e-mailtekst puts the plain text on the clipboard; the confirmation is next to the button", async () => {
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: taakvenster.url(),
      });
      await overzicht();
      await openNicoline();
      const knop = groep("Personen").getByRole("button", {
        name: "Kopieer als e-mailtekst: Nicoline van der Linden",
      });
      await knop.click();
      const bevestiging = groep("Personen").getByText(
        "De e-mailtekst voor Nicoline van der Linden staat op het klembord: plak hem in een mail (Ctrl+V)."
      );
      await bevestiging.waitFor();
      const [k, b] = [(await knop.boundingBox())!, (await bevestiging.boundingBox())!];
      // beside the button, or just below it where the pane is too narrow for both on one line
      expect(b.y - (k.y + k.height)).toBeLessThan(24);
      const tekst = await page.evaluate(() => navigator.clipboard.readText());
      const regels = tekst.split("\n");
      expect(regels.slice(0, 3)).toEqual([
        "Openstaande acties voor Nicoline van der Linden (peildatum 24-02-2021):",
        "",
        expect.stringMatching(
          /^- \[verlopen, 23 dagen\] e\. Uitwerken integrale .* \(deadline 01-02-2021\)$/
        ),
      ]);
      expect(regels).toContain(
        '- [geen concrete deadline] b. BZK en gemeenten gaan in overleg met VNG over een pool. (deadline "Nader te bepalen")'
      );
      expect(regels[regels.length - 1]).toBe("9 open acties, waarvan 1 verlopen en 0 binnenkort.");
      expect(await groep("Personen").getByRole("textbox").count()).toBe(0);
    });

    test("if the clipboard refuses (Excel on the web), the text is selected in a box, with a Dutch message", async () => {
      await page.evaluate(() =>
        Object.defineProperty(navigator, "clipboard", {
          configurable: true,
          value: {
            writeText: () => Promise.reject(new DOMException("geweigerd", "NotAllowedError")),
          },
        })
      );
      await overzicht();
      await groep("Personen").locator('[data-eigenaar="Anja Woortman"]').click();
      await groep("Personen")
        .getByRole("button", { name: "Kopieer als e-mailtekst: Anja Woortman" })
        .click();
      await groep("Personen")
        .getByText(/Kopiëren naar het klembord lukte niet/)
        .waitFor();
      const vak = groep("Personen").getByRole("textbox", {
        name: "E-mailtekst voor Anja Woortman",
      });
      const waarde = await vak.inputValue();
      expect(waarde.split("\n")[0]).toBe(
        "Openstaande acties voor Anja Woortman (peildatum 24-02-2021):"
      );
      const selectie = await vak.evaluate((el: HTMLTextAreaElement) => [
        el.selectionStart,
        el.selectionEnd,
        document.activeElement === el,
      ]);
      expect(selectie).toEqual([0, waarde.length, true]);
      expect(
        await groep("Personen")
          .getByText(/staat op het klembord/)
          .count()
      ).toBe(0);
      expect(await zijwaarts()).toBe(false);
    });

    test("normalising: the preview names every cell (old -> new), a long list collapsed with the count; the lakmerk explanation is with it", async () => {
      await tab().getByRole("button", { name: "Normaliseer accounthouders" }).click();
      const { regels: aantalRegels, cellen } = verwacht.normalisatie;
      await tab().getByText(`${aantalRegels} wijzigingen voorgesteld`, { exact: false }).waitFor();
      const lijst = tab().getByRole("list", { name: `Cellen die veranderen (${cellen()})` });
      expect(await lijst.getByRole("listitem").count()).toBe(8);
      expect((await lijst.getByRole("listitem").first().innerText()).replace(/\s+/g, " ")).toBe(
        "D2 0/26 → (10)(2e)"
      );
      expect(
        await tab()
          .getByText(`en nog ${cellen() - 8} cellen`)
          .isVisible()
      ).toBe(true);
      expect(
        await tab()
          .getByText(/\(10\)\(2e\) is een Woo-lakmerk/)
          .isVisible()
      ).toBe(true);
      expect(await cel("Actielijst", "D3")).toBe("Nicoline");

      await tab().getByRole("checkbox", { name: "Henk naar Henk Mulder" }).click();
      const zonderHenk = cellen(["Henk", "Henk Mulder"]);
      expect(zonderHenk).toBeLessThan(cellen());
      await tab()
        .getByRole("button", { name: `Toon alle ${zonderHenk} cellen` })
        .click();
      const open = tab().getByRole("list", { name: `Cellen die veranderen (${zonderHenk})` });
      const regels = (await open.getByRole("listitem").allInnerTexts()).map((t) =>
        t.replace(/\s+/g, " ")
      );
      expect(regels).toHaveLength(zonderHenk);
      expect(regels).toContain("D3 Nicoline → Nicoline van der Linden");
      expect(regels.some((r) => r.startsWith("D11 "))).toBe(false);
      await open.getByRole("button", { name: "Selecteer cel D3", exact: true }).click();
      await page.locator('td[data-cell="D3"][class*=" "]').waitFor({ state: "attached" });
      expect(
        await tab()
          .getByRole("button", { name: `Toepassen (${zonderHenk} cellen)` })
          .isEnabled()
      ).toBe(true);
      expect(await overloop(tab())).toEqual([]);
      expect(await zijwaarts()).toBe(false);
      await screenshot(page, `accounthouders-normaliseer-${breedte}`);
    });

    gedrag("normalising writes at once and can be undone", async () => {
      await tab().getByRole("button", { name: "Normaliseer accounthouders" }).click();
      await tab().getByRole("checkbox", { name: "Henk naar Henk Mulder" }).click();
      const zonderHenk = verwacht.normalisatie.cellen(["Henk", "Henk Mulder"]);
      await tab()
        .getByRole("button", { name: `Toepassen (${zonderHenk} cellen)` })
        .click();
      await tab().getByText(`${zonderHenk} cellen aangepast.`, { exact: false }).waitFor();
      expect(await cel("Actielijst", "D3")).toBe("Nicoline van der Linden");
      expect(await cel("Actielijst", "D2")).toBe("(10)(2e)");
      expect(await cel("Actielijst", "D11")).toBe("Henk");
      await tab().getByRole("button", { name: "Ongedaan maken" }).click();
      await tab()
        .getByText(`Normaliseer accounthouders: ${zonderHenk} cellen teruggezet`, { exact: false })
        .waitFor();
      expect(await cel("Actielijst", "D3")).toBe("Nicoline");
      expect(await cel("Actielijst", "D2")).toBe("0/26");
    });

    test("Register opbouwen next to the existing register: the proposal with its cells, to save as a new sheet and to undo", async () => {
      await tab().getByRole("button", { name: "Register opbouwen" }).click();
      await tab()
        .getByText(/Er is al een blad Accounthouders; Regie verandert dat niet/)
        .waitFor();
      expect(
        await tab()
          .getByText(
            /Regie maakt het nieuwe blad "Accounthouders \(voorstel\)" met de kop en 6 personen \(A1:E7\)/
          )
          .isVisible()
      ).toBe(true);
      const cellen = tab().getByRole("list", { name: /^Cellen op het nieuwe blad \(\d+\)$/ });
      expect((await cellen.getByRole("listitem").first().innerText()).replace(/\s+/g, " ")).toBe(
        "A1 Naam"
      );
      const eersteNaam = await tab().getByRole("textbox", { name: "Naam" }).first().inputValue();
      expect((await cellen.getByRole("listitem").nth(5).innerText()).replace(/\s+/g, " ")).toBe(
        `A2 ${eersteNaam}`
      );
      // an edited name is what the preview lists and what is written
      await tab().getByRole("textbox", { name: "Naam" }).first().fill("Nicoline vd Linden (nieuw)");
      expect((await cellen.getByRole("listitem").nth(5).innerText()).replace(/\s+/g, " ")).toBe(
        "A2 Nicoline vd Linden (nieuw)"
      );
      await tab()
        .getByRole("button", {
          name: 'Opslaan als nieuw blad "Accounthouders (voorstel)" (6 personen)',
        })
        .click();
      await tab()
        .getByText(
          /Blad "Accounthouders \(voorstel\)" gemaakt met 6 personen\. De cellen staan in het Wijzigingslog\./
        )
        .waitFor();
      expect(await bladen()).toEqual(
        expect.arrayContaining(["Accounthouders", "Accounthouders (voorstel)", "Wijzigingslog"])
      );
      expect(await overloop(tab())).toEqual([]);
      await screenshot(page, `accounthouders-register-${breedte}`);

      await tab().getByRole("button", { name: "Ongedaan maken" }).click();
      await tab()
        .getByText(/Registervoorstel opslaan: \d+ cellen teruggezet\./)
        .waitFor();
      expect(await bladen()).toContain("Accounthouders");
      expect(await bladen()).not.toContain("Accounthouders (voorstel)");
    });
  }
);

/** Screenshots of the preview and the overview at both widths, to look at (issue 26). */
const SHOTS_26 = "/tmp/shots-26-accounthouders";

describe("Accounthouders in a 350 x 650 task pane: after every action its result is in view and has focus (issue 26)", () => {
  let page: Page;
  beforeEach(async () => {
    page = (await taakvenster.open({ width: 350, height: 650 })).page;
    await pane(page).getByRole("tab", { name: "Accounthouders" }).click();
  });
  const tab = () => page.getByRole("region", { name: "Accounthouders", exact: true });
  /** Where an element is: wholly inside the 650 px viewport, and whether focus is inside it. */
  const plek = (l: Locator) =>
    l.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        top: Math.round(r.top),
        inBeeld: r.top >= 0 && r.bottom <= window.innerHeight,
      };
    });
  const inBeeld = async (l: Locator) => (await plek(l)).inBeeld;
  const focusIn = (l: Locator) => l.evaluate((el) => el.contains(document.activeElement));
  const voorvertoning = () => tab().locator("[data-voorvertoning]");
  const toepassen = () =>
    voorvertoning().getByRole("button", { name: /^Toepassen \(\d+ cellen\)$/ });
  async function normaliseer() {
    await tab().getByRole("button", { name: "Normaliseer accounthouders" }).click();
    await toepassen().waitFor();
  }

  test("the preview: its summary, Toepassen and Annuleren in view and focus in it; Toepassen stays in view down the list", async () => {
    await normaliseer();
    const samenvatting = voorvertoning().getByText(
      `${verwacht.normalisatie.regels} wijzigingen voorgesteld`,
      { exact: false }
    );
    expect(await inBeeld(samenvatting)).toBe(true);
    expect(await inBeeld(toepassen())).toBe(true);
    expect(await inBeeld(voorvertoning().getByRole("button", { name: "Annuleren" }))).toBe(true);
    expect(await focusIn(voorvertoning())).toBe(true);
    // The screen reader names where focus went: the preview, by its summary.
    expect(await voorvertoning().getAttribute("aria-labelledby")).toBe(
      await samenvatting.getAttribute("id")
    );
    // down at the list of cells, the button is still there
    await tab()
      .locator("[data-celwijzigingen]")
      .evaluate((el) => el.scrollIntoView({ block: "end" }));
    expect(await inBeeld(tab().locator("[data-celwijzigingen]"))).toBe(true);
    expect(await inBeeld(toepassen())).toBe(true);
  });

  test("the preview says why a name is not recognised, with the candidates, in validation's words", async () => {
    await normaliseer();
    const lijst = voorvertoning().getByRole("list", { name: /^Niet herkend \(1\)/ });
    expect((await lijst.getByRole("listitem").innerText()).replace(/\s+/g, " ")).toBe(
      "D16 'A. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet."
    );
    expect(
      await voorvertoning()
        .getByText(
          /^Schrijf de naam voluit, of geef deze schrijfwijze .* als alias aan één persoon\.$/
        )
        .isVisible()
    ).toBe(true);
    await lijst.getByRole("button", { name: "Selecteer cel D16" }).click();
    await page.locator('td[data-cell="D16"][class*=" "]').waitFor({ state: "attached" });
  });

  test("Toepassen, then Ongedaan maken: each confirmation in view, with focus", async () => {
    await normaliseer();
    await toepassen().click();
    const bevestiging = tab().getByText(/\d+ cellen aangepast\./);
    await bevestiging.waitFor();
    expect(await inBeeld(bevestiging)).toBe(true);
    expect(await focusIn(bevestiging.locator("xpath=ancestor::*[@tabindex='-1'][1]"))).toBe(true);
    // Tab from the confirmation reaches its Ongedaan maken
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Ongedaan maken");
    await page.keyboard.press("Enter");
    const terug = tab().getByText(/Normaliseer accounthouders: \d+ cellen teruggezet/);
    await terug.waitFor();
    expect(await inBeeld(terug)).toBe(true);
    expect(await focusIn(terug.locator("xpath=ancestor::*[@tabindex='-1'][1]"))).toBe(true);
  });

  test("Annuleren closes the preview and gives focus back to Normaliseer accounthouders", async () => {
    await normaliseer();
    await voorvertoning().getByRole("button", { name: "Annuleren" }).click();
    expect(await voorvertoning().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Normaliseer accounthouders"
    );
  });

  test("the sheet changed after the preview: the refusal with Nieuwe voorvertoning where Toepassen was, in view, with focus", async () => {
    await normaliseer();
    await page.getByRole("button", { name: "Toon het werkblad" }).click();
    const td = page.locator('td[data-cell="D3"]');
    await td.scrollIntoViewIfNeeded();
    await td.dblclick();
    const invoer = page.getByRole("textbox", { name: "Cel D3 bewerken" });
    await invoer.fill("Nicoline!");
    await invoer.press("Enter");
    await page.getByRole("button", { name: "Terug naar het taakvenster" }).click();
    await toepassen().click();
    const nieuw = tab().getByRole("button", { name: "Nieuwe voorvertoning" });
    await nieuw.waitFor();
    const melding = nieuw.locator("xpath=ancestor::*[@tabindex='-1'][1]");
    expect(await inBeeld(melding)).toBe(true);
    expect(await focusIn(melding)).toBe(true);
    expect(await voorvertoning().count()).toBe(0);
  });

  test("Register opbouwen: the proposal in view with focus; after saving, the confirmation", async () => {
    await tab().getByRole("button", { name: "Register opbouwen" }).click();
    const voorstel = tab().locator("[data-registervoorstel]");
    const eerste = voorstel.getByText(/Er is al een blad Accounthouders; Regie verandert dat niet/);
    await eerste.waitFor();
    expect(await inBeeld(eerste)).toBe(true);
    expect(await focusIn(voorstel)).toBe(true);
    await voorstel.getByRole("button", { name: /^Opslaan als nieuw blad/ }).click();
    const klaar = tab().getByText(/Blad "Accounthouders \(voorstel\)" gemaakt met \d+ personen/);
    await klaar.waitFor();
    expect(await inBeeld(klaar)).toBe(true);
    expect(await focusIn(klaar.locator("xpath=ancestor::*[@tabindex='-1'][1]"))).toBe(true);
  });

  test("Overzicht per accounthouder: the heading and the first person in view, focus in the overview; A. Woortman is no person", async () => {
    await tab().getByRole("button", { name: "Overzicht per accounthouder" }).click();
    const overzicht = tab().locator("[data-overzicht]");
    const kop = overzicht.getByText(/^Peildatum 24-02-2021: \d+ personen met open acties\.$/);
    await kop.waitFor();
    expect(await inBeeld(kop)).toBe(true);
    expect(await inBeeld(overzicht.locator('[data-eigenaar="Nicoline van der Linden"]'))).toBe(
      true
    );
    expect(await focusIn(overzicht)).toBe(true);
    const personen = overzicht.getByRole("region", { name: "Personen", exact: true });
    expect(await personen.locator('[data-eigenaar="A. Woortman"]').count()).toBe(0);
    const woortman = overzicht
      .getByRole("region", { name: "Niet herkend", exact: true })
      .locator('[data-eigenaar="A. Woortman"]');
    expect((await woortman.innerText()).replace(/\s+/g, " ")).toMatch(
      /^A\. Woortman \d+ open .*'A\. Woortman' kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet\.$/
    );
    // its actions are there, but not counted for Anja (nor is there a mail text: no person)
    await woortman.click();
    const acties = overzicht.getByRole("list", { name: "A. Woortman" });
    expect(await acties.getByRole("listitem").first().innerText()).toMatch(/^Rij 16:/);
    expect(
      await overzicht.getByRole("button", { name: "Kopieer als e-mailtekst: A. Woortman" }).count()
    ).toBe(0);
    const anja = personen.locator('[data-eigenaar="Anja Woortman"]');
    const open = verwacht.rapport.acties.filter(
      (a) => a.verkeerslicht !== "done" && a.eigenaren.includes("Anja Woortman")
    ).length;
    expect(await anja.innerText()).toMatch(new RegExp(`^Anja Woortman\\s+${open} open`));
  });

  test("an overview that cannot be made: the message where the button is, in view, with focus", async () => {
    await pane(page).getByRole("tab", { name: "Actielijst valideren" }).click();
    await pane(page).getByLabel("Blad met de actielijst").selectOption("Q2 2020");
    await pane(page).getByRole("tab", { name: "Accounthouders" }).click();
    await tab().getByRole("button", { name: "Overzicht per accounthouder" }).click();
    const fout = tab().getByText(/staat geen kopregel van een actielijst/);
    await fout.waitFor();
    expect(await inBeeld(fout)).toBe(true);
    expect(await focusIn(fout.locator("xpath=ancestor::*[@tabindex='-1'][1]"))).toBe(true);
    expect(await tab().locator("[data-overzicht]").count()).toBe(0);
  });

  test("Kopieer als e-mailtekst: the confirmation in view, with focus", async () => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: taakvenster.url(),
    });
    await tab().getByRole("button", { name: "Overzicht per accounthouder" }).click();
    const persoon = tab().locator('[data-eigenaar="Peter Spijkerman"]');
    await persoon.click();
    await tab().getByRole("button", { name: "Kopieer als e-mailtekst: Peter Spijkerman" }).click();
    const bevestiging = tab().getByText(
      /De e-mailtekst voor Peter Spijkerman staat op het klembord/
    );
    await bevestiging.waitFor();
    expect(await inBeeld(bevestiging)).toBe(true);
    expect(await focusIn(bevestiging.locator("xpath=ancestor::*[@tabindex='-1'][1]"))).toBe(true);
  });

  test.each([350, 1280])(
    "screenshots of the preview and the overview at %d px",
    async (breedte) => {
      await page.setViewportSize({ width: breedte, height: 650 });
      mkdirSync(SHOTS_26, { recursive: true });
      await normaliseer();
      await page.screenshot({ path: `${SHOTS_26}/voorvertoning-${breedte}.png` });
      await voorvertoning()
        .getByRole("list", { name: /^Niet herkend/ })
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.screenshot({ path: `${SHOTS_26}/voorvertoning-niet-herkend-${breedte}.png` });
      await tab().getByRole("button", { name: "Overzicht per accounthouder" }).click();
      await tab().locator("[data-overzicht]").waitFor();
      await page.screenshot({ path: `${SHOTS_26}/overzicht-${breedte}.png` });
      await tab()
        .locator('[data-eigenaar="A. Woortman"]')
        .evaluate((el) => el.scrollIntoView({ block: "center" }));
      await page.screenshot({ path: `${SHOTS_26}/overzicht-niet-herkend-${breedte}.png` });
    }
  );
});
