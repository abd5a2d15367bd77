// Issue 28, point 3: the Actiepunten tab. The verslag of 13 January 2021 pasted (read from the
// shared fixtures, not copied) or a .docx chosen (made here), the preview of its eleven items with
// owners and deadlines, rows unticked and edited, appended below the demo's DUO list in one write
// with the Wijzigingslog, undone to the last cell, read again as "staat al op de lijst"; a cell
// typed below the list in between makes Toevoegen refuse with nothing written. At the task pane's
// 350 x 650 every result comes into view with focus (issue 26) and nothing is cut off.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { gebouwdTaakvenster, gedragsTest, pane, screenshot } from "../support/browser";
import { fixture } from "../support/fixtures";
import { MAART_2021, verslagDocx } from "../support/verslagen";

jest.setTimeout(180_000);

const SHOTS = process.env.REGIE_SHOTS ?? "/tmp/shots-28";
const taakvenster = gebouwdTaakvenster();
let verslag: string;
let docx: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  verslag = readFileSync(fixture("verslag-duo-2021-01-13.txt"), "utf8");
  const map = mkdtempSync(join(tmpdir(), "regie-actiepunten-"));
  docx = join(map, "verslag-duo-2021-03-03.docx");
  writeFileSync(docx, await verslagDocx(MAART_2021, "automatisch"));
});

/** The items of the 13 January verslag: owner and deadline as the preview proposes them. */
const VERWACHT: [string, string, string][] = [
  ["i", "(10)(2e)", "10 februari 2021?"],
  ["ii", "(10)(2e)", "10 februari 2021?"],
  ["iii", "Roelien Kamminga", "10 februari 2021?"],
  ["iv", "(10)(2e)", ""],
  ["v", "(10)(2e)", "10 februari 2021?"],
  ["vi", "(10)(2e)", "10 februari 2021?"],
  ["vii", "Anja Woortman", "10 februari 2021?"],
  ["viii", "", "Zo spoedig mogelijk"],
  ["ix", "Peter Spijkerman", ""],
  ["x", "BZK / OBG / NCG", ""],
  ["xi", "(10)(2e)", "10 februari 2021?"],
];
/** The first row below the demo's list. */
const EERSTE = 41;

const tab = (page: Page) => page.getByRole("region", { name: "Actiepunten", exact: true });
const sectie = (page: Page) => tab(page).locator("[data-actiepunten]");
const voorvertoning = (page: Page) => sectie(page).locator("[data-voorvertoning]");
const item = (page: Page, nummer: string) =>
  voorvertoning(page).getByRole("group", { name: `Actiepunt ${nummer}`, exact: true });
const knop = (waar: Locator, naam: string | RegExp) =>
  waar.getByRole("button", { name: naam, exact: typeof naam === "string" });
/** The live message that holds that text (where a panel announces the outcome of an action). */
const meldingMet = (waar: Locator, tekst: RegExp | string) =>
  waar.locator('[aria-live="polite"]').filter({ hasText: tekst });

/** Every cell of a demo sheet that holds something, with its fill: "text|fill". */
function cellen(page: Page, blad = "Actielijst"): Promise<Record<string, string>> {
  return page
    .locator(`table[data-sheet="${blad}"] td[data-cell]`)
    .evaluateAll((tds) =>
      Object.fromEntries(
        tds
          .map((td) => [
            (td as HTMLElement).dataset.cell!,
            `${td.textContent ?? ""}|${(td as HTMLElement).dataset.fill ?? ""}`,
          ])
          .filter(([, v]) => v !== "|")
      )
    );
}

/** The cells that differ between two readings, as [cell, before, after]. */
function verschil(
  a: Record<string, string>,
  b: Record<string, string>
): [string, string, string][] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((c) => (a[c] ?? "") !== (b[c] ?? ""))
    .map((c) => [c, a[c] ?? "", b[c] ?? ""]);
}

/** The demo grid's sheet shown: at 350 px behind "Toon het werkblad". */
async function toonBlad(page: Page, blad: string, smal: boolean): Promise<void> {
  if (smal) await page.getByRole("button", { name: "Toon het werkblad" }).click();
  await page
    .getByRole("region", { name: "Voorbeeldwerkmap" })
    .getByRole("tab", { name: blad, exact: true })
    .click();
  await page.locator(`table[data-sheet="${blad}"]`).waitFor();
}
async function terugNaarPaneel(page: Page, smal: boolean): Promise<void> {
  await page
    .getByRole("region", { name: "Voorbeeldwerkmap" })
    .getByRole("tab", { name: "Actielijst", exact: true })
    .click();
  if (smal) await page.getByRole("button", { name: "Terug naar het taakvenster" }).click();
}

/** The Wijzigingslog's lines of one action: cell -> new value. */
async function logRegels(page: Page, handeling: string): Promise<Record<string, string>> {
  const rijen = await page
    .locator('table[data-sheet="Wijzigingslog"] tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""))
    );
  const kop = rijen[0];
  const [h, c, n] = ["Handeling", "Cel", "Nieuw"].map((k) => kop.indexOf(k));
  return Object.fromEntries(rijen.filter((r) => r[h] === handeling).map((r) => [r[c], r[n]]));
}

/** Where an element is in a window of that height, and whether focus is on it or inside it. */
async function inBeeld(el: Locator, hoog: number) {
  return el.evaluate((e, h) => {
    const r = e.getBoundingClientRect();
    return {
      zichtbaar: r.top >= 0 && r.top < h - 24 && r.bottom > 0,
      focus: e === document.activeElement || e.contains(document.activeElement),
    };
  }, hoog);
}

/** Elements whose content runs out of their own box to the right, and whether the page scrolls sideways. */
async function afgekapt(page: Page, waar: Locator) {
  const uit = await waar.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>("span, button, li, p, label, textarea, input")]
      .filter((el) => el.offsetParent !== null)
      .filter((el) => el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
      .map(
        (el) =>
          `${el.tagName} ${(el.textContent || (el as HTMLInputElement).value || "").slice(0, 40)}`
      )
  );
  const zijwaarts = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth + 1
  );
  return { uit, zijwaarts };
}

async function plak(page: Page, tekst: string): Promise<void> {
  await pane(page).getByRole("tab", { name: "Actiepunten" }).click();
  await sectie(page).getByRole("radio", { name: "Geplakte tekst" }).check();
  await sectie(page).getByRole("textbox", { name: "Tekst van het verslag" }).fill(tekst);
}

async function lees(page: Page): Promise<void> {
  await knop(sectie(page), "Lees actiepunten").click();
  await voorvertoning(page).waitFor();
  await page.waitForTimeout(300);
}

/** Per item: [number, owner, deadline] as the preview's fields hold them. */
async function velden(page: Page): Promise<[string, string, string][]> {
  const uit: [string, string, string][] = [];
  for (const li of await voorvertoning(page)
    .locator("li[data-nummer]:not([data-bestaand])")
    .all()) {
    const nummer = (await li.getAttribute("data-nummer"))!;
    uit.push([
      nummer,
      await li.getByRole("combobox", { name: "Accounthouder" }).inputValue(),
      await li.getByRole("textbox", { name: "Deadline" }).inputValue(),
    ]);
  }
  return uit;
}

/** Positions measured at 350 x 650, printed for the report. */
const maten: Record<string, unknown> = {};
afterAll(() =>
  console.log(`actiepunten, posities bij 350 x 650: ${JSON.stringify(maten, null, 1)}`)
);
async function meet(naam: string, el: Locator): Promise<void> {
  const b = await el.boundingBox();
  maten[naam] = b && {
    y: Math.round(b.y),
    hoogte: Math.round(b.height),
    onder: Math.round(b.y + b.height),
  };
}

describe.each([
  [350, 650],
  [1280, 900],
])("Actiepunten at %i x %i", (breed, hoog) => {
  const smal = breed < 700;
  const gedrag = gedragsTest(breed);

  test("paste: eleven items with owners and deadlines; one unticked, one owner and one goal chosen; Toevoegen appends exactly those rows, logged; Ongedaan maken leaves every cell as it was; again: on the list", async () => {
    const { page } = await taakvenster.open({ width: breed, height: hoog });
    const voor = await cellen(page);
    // One click from the top of the pane, as every tab.
    const tabKnop = pane(page).getByRole("tab", { name: "Actiepunten" });
    expect((await inBeeld(tabKnop, hoog)).zichtbaar).toBe(true);
    await tabKnop.click();
    await sectie(page).waitFor();
    expect(await afgekapt(page, tab(page))).toEqual({ uit: [], zijwaarts: false });
    await page.screenshot({ path: join(SHOTS, `${breed}-0-tab.png`) });
    await plak(page, verslag);
    await lees(page);

    const v = voorvertoning(page);
    expect(
      await v.getByText("Verslag van het DUO van 13-01-2021: 11 actiepunten, alle nieuw.").count()
    ).toBe(1);
    expect(await velden(page)).toEqual(VERWACHT);
    // The next meeting as the verslag has it, once above the items, and in the field to change.
    expect(await v.locator("[data-volgende]").innerText()).toMatch(
      /^Het volgende DUO is op 10-02-2021, maar wordt mogelijk verplaatst naar 11-02-2021/
    );
    expect(await sectie(page).getByRole("textbox", { name: "Volgende DUO" }).inputValue()).toBe(
      "10-02-2021"
    );
    expect(await v.locator("[data-plaats]").innerText()).toBe(
      'Onder de lijst op blad "Actielijst": rij 41 tot en met 51, in één keer, met Wijzigingslog.'
    );
    // Status and remark as the core proposes them; what Regie noticed, per item, in Dutch.
    expect(await item(page, "viii").innerText()).toMatch(
      /Status Nog niet gestart; opmerking "uit verslag DUO 13-01-2021"\.[\s\S]*Het actiepunt noemt niemand die het uitvoert; kies zelf een accounthouder\./
    );
    expect(await item(page, "iii").innerText()).toMatch(
      /Roelien Kamminga is vertrokken per 13-01-2021; opvolger volgens het register: Nicoline van der Linden\./
    );
    const toevoegen = knop(v, /^Toevoegen \(\d+ rijen?\)$/);
    if (smal) {
      // The preview in view with focus, its button in view above the items (sticky).
      expect(await inBeeld(v, hoog)).toEqual({ zichtbaar: true, focus: true });
      expect((await inBeeld(toevoegen, hoog)).zichtbaar).toBe(true);
      await meet("voorvertoning", v);
      await meet("toevoegen-knop", toevoegen);
    }
    expect(await afgekapt(page, sectie(page))).toEqual({ uit: [], zijwaarts: false });
    await page.screenshot({ path: join(SHOTS, `${breed}-1-voorvertoning.png`) });

    // Untick iv, give viii its owner, give vii a goal and a topic of the list.
    await item(page, "iv").getByRole("checkbox", { name: "iv. Toevoegen" }).uncheck();
    // Typed in part, then chosen from the register's names the field offers.
    const eigenaar = item(page, "viii").getByRole("combobox", { name: "Accounthouder" });
    await eigenaar.fill("");
    await eigenaar.pressSequentially("nicol");
    const namen = page.getByRole("listbox").getByRole("option");
    await namen.first().waitFor();
    expect(await namen.allInnerTexts()).toEqual(["Nicoline van der Linden"]);
    await namen.first().click();
    expect(
      await item(page, "viii").getByRole("combobox", { name: "Accounthouder" }).inputValue()
    ).toBe("Nicoline van der Linden");
    await item(page, "vii").getByRole("combobox", { name: "Randvoorwaarde" }).click();
    const doelOptie = page.getByRole("listbox").getByRole("option").nth(2);
    const doel = (await doelOptie.innerText()).trim();
    await doelOptie.click();
    await item(page, "vii").getByRole("combobox", { name: "Onderwerp" }).click();
    const onderwerpOptie = page.getByRole("listbox").getByRole("option").nth(1);
    const onderwerp = (await onderwerpOptie.innerText()).trim();
    await onderwerpOptie.click();
    expect(doel).toMatch(/^#02 /);
    expect(await afgekapt(page, sectie(page))).toEqual({ uit: [], zijwaarts: false });
    await item(page, "vii").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${breed}-2-bewerkt.png`) });
    // The scroll went past the bar: it stays on top, its button reachable.
    if (smal) expect((await inBeeld(toevoegen, hoog)).zichtbaar).toBe(true);

    await knop(v, "Toevoegen (10 rijen)").click();
    const klaarTekst =
      '10 rijen toegevoegd op blad "Actielijst" (rij 41 tot en met 50). De cellen staan in het Wijzigingslog.';
    const klaar = meldingMet(sectie(page), klaarTekst);
    await klaar.waitFor();
    await page.waitForTimeout(300);
    if (smal) {
      expect(await inBeeld(klaar, hoog)).toEqual({ zichtbaar: true, focus: true });
      await meet("bevestiging", klaar);
    }
    await page.screenshot({ path: join(SHOTS, `${breed}-3-toegevoegd.png`) });

    // Exactly the ticked rows, in order, one after the other below the list; nothing else changed.
    const na = await cellen(page);
    const gekozen = VERWACHT.filter(([n]) => n !== "iv");
    const nieuw = verschil(voor, na);
    expect(nieuw.every(([, was]) => was === "")).toBe(true);
    expect(
      [...new Set(nieuw.map(([c]) => Number(/\d+/.exec(c)![0])))].sort((a, b) => a - b)
    ).toEqual(gekozen.map((_, k) => EERSTE + k));
    const waarde = (c: string) => (na[c] ?? "|").split("|")[0];
    gekozen.forEach(([nummer, eigenaar, deadline], k) => {
      const r = EERSTE + k;
      expect([nummer, waarde(`D${r}`), waarde(`E${r}`), waarde(`G${r}`), waarde(`H${r}`)]).toEqual([
        nummer,
        nummer === "viii" ? "Nicoline van der Linden" : eigenaar,
        "Nog niet gestart",
        deadline,
        "uit verslag DUO 13-01-2021",
      ]);
    });
    const vii = EERSTE + gekozen.findIndex(([n]) => n === "vii");
    expect([waarde(`A${vii}`), waarde(`B${vii}`)]).toEqual([doel, onderwerp]);
    expect(waarde(`C${vii}`)).toMatch(
      /^Anja komt voor het volgende DUO met een stuk over de brief van Blok B/
    );

    // The Wijzigingslog has every cell written, with its value.
    await toonBlad(page, "Wijzigingslog", smal);
    expect(await logRegels(page, "Actiepunten uit verslag")).toEqual(
      Object.fromEntries(nieuw.map(([c, , nu]) => [c, nu.split("|")[0]]))
    );
    await terugNaarPaneel(page, smal);

    // Ongedaan maken beside the confirmation: the sheet exactly as before, every cell and fill.
    await knop(klaar, "Ongedaan maken").click();
    const terug = meldingMet(
      sectie(page),
      `Actiepunten uit verslag: ${nieuw.length} cellen teruggezet.`
    );
    await terug.waitFor();
    await page.waitForTimeout(300);
    if (smal) expect(await inBeeld(terug, hoog)).toEqual({ zichtbaar: true, focus: true });
    expect(verschil(voor, await cellen(page))).toEqual([]);

    // Read again: all new again; append all; read again: each item on the list, its row a click away.
    await lees(page);
    expect(await velden(page)).toEqual(VERWACHT);
    await knop(voorvertoning(page), "Toevoegen (11 rijen)").click();
    await meldingMet(
      sectie(page),
      /^11 rijen toegevoegd op blad "Actielijst" \(rij 41 tot en met 51\)/
    ).waitFor();
    await lees(page);
    expect(
      await voorvertoning(page)
        .getByText("Alle 11 actiepunten staan al op de lijst; er is niets toe te voegen.")
        .count()
    ).toBe(1);
    expect(
      await voorvertoning(page)
        .getByText("Verslag van het DUO van 13-01-2021: 11 actiepunten.", { exact: true })
        .count()
    ).toBe(1);
    expect(await knop(voorvertoning(page), /^Toevoegen/).count()).toBe(0);
    const bestaand = await voorvertoning(page)
      .locator("li[data-bestaand]")
      .evaluateAll((lis) =>
        lis.map((li) => (li.querySelector("[data-kop]")?.textContent ?? "").trim())
      );
    expect(bestaand).toEqual(
      VERWACHT.map(([n], k) => `${n}. Staat al op de lijst (rij ${EERSTE + k})`)
    );
    await knop(item(page, "vii"), "Toon rij 47 in het blad").click();
    await page.locator('td[data-cell="C47"][class*=" "]').waitFor({ state: "attached" });
    expect(await afgekapt(page, sectie(page))).toEqual({ uit: [], zijwaarts: false });
    await page.screenshot({ path: join(SHOTS, `${breed}-4-op-de-lijst.png`) });
    await screenshot(page, `actiepunten-${breed}-op-de-lijst`);
  });

  test("a cell typed below the list after the preview: Toevoegen refuses where it was clicked, nothing written; Lees opnieuw keeps what was unticked", async () => {
    const { page } = await taakvenster.open({ width: breed, height: hoog });
    await plak(page, verslag);
    await lees(page);
    await item(page, "ii").getByRole("checkbox", { name: "ii. Toevoegen" }).uncheck();

    await toonBlad(page, "Actielijst", smal);
    const td = page.locator('td[data-cell="C41"]');
    await td.scrollIntoViewIfNeeded();
    await td.dblclick();
    const invoer = page.getByRole("textbox", { name: "Cel C41 bewerken" });
    await invoer.fill("Een actie van de gebruiker");
    await invoer.press("Enter");
    await page.locator('td[data-cell="C41"]', { hasText: "Een actie van de gebruiker" }).waitFor();
    await terugNaarPaneel(page, smal);
    const voor = await cellen(page);

    const v = voorvertoning(page);
    await knop(v, "Toevoegen (10 rijen)").click();
    const weigering = meldingMet(
      v,
      /Het blad "Actielijst" is sinds de voorvertoning aangevuld; Regie schrijft er niet overheen\./
    );
    await weigering.waitFor();
    await page.waitForTimeout(300);
    if (smal) {
      expect(await inBeeld(weigering, hoog)).toEqual({ zichtbaar: true, focus: true });
      await meet("weigering", weigering);
    }
    expect(await knop(v, "Toevoegen (10 rijen)").isDisabled()).toBe(true);
    expect(verschil(voor, await cellen(page))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `${breed}-5-weigering.png`) });

    await knop(weigering, "Lees opnieuw").click();
    await v.locator("[data-plaats]", { hasText: "rij 42 tot en met 51" }).waitFor();
    expect(
      await item(page, "ii").getByRole("checkbox", { name: "ii. Toevoegen" }).isChecked()
    ).toBe(false);
    expect(await knop(v, "Toevoegen (10 rijen)").isEnabled()).toBe(true);
    if (smal) expect(await inBeeld(v, hoog)).toEqual({ zichtbaar: true, focus: true });
  });

  gedrag(
    "a chosen .docx; the next meeting's date typed changes the deadlines that rest on it; a text that is no verslag is refused at the button, and the refusal goes when the text changes",
    async () => {
      const { page } = await taakvenster.open({ width: breed, height: hoog });
      await pane(page).getByRole("tab", { name: "Actiepunten" }).click();
      // The reader of Word files is loaded only now, on the first file.
      await sectie(page).locator("input[data-verslag-bestand]").setInputFiles(docx);
      await sectie(page).getByText("verslag-duo-2021-03-03.docx").waitFor();
      await lees(page);
      const v = voorvertoning(page);
      expect(
        await v.getByText("Verslag van het DUO van 03-03-2021: 10 actiepunten, alle nieuw.").count()
      ).toBe(1);
      const datumVeld = sectie(page).getByRole("textbox", { name: "Volgende DUO" });
      expect(await datumVeld.inputValue()).toBe("18-03-2021");
      const deadline = item(page, "ii").getByRole("textbox", { name: "Deadline" });
      expect(await deadline.inputValue()).toBe("18 maart 2021");
      await item(page, "i")
        .getByRole("combobox", { name: "Accounthouder" })
        .fill("Peter Spijkerman");

      await datumVeld.fill("25-03-2021");
      await v
        .locator("[data-volgende]", {
          hasText:
            "Het volgende DUO is op 25-03-2021, zoals u opgaf; het verslag noemt 18-03-2021.",
        })
        .waitFor();
      expect(await deadline.inputValue()).toBe("25 maart 2021");
      // What the user changed stays; focus stays in the field being typed in.
      expect(
        await item(page, "i").getByRole("combobox", { name: "Accounthouder" }).inputValue()
      ).toBe("Peter Spijkerman");
      expect(await datumVeld.evaluate((e) => e === document.activeElement)).toBe(true);
      await page.screenshot({ path: join(SHOTS, `${breed}-6-docx.png`) });

      await plak(page, "Notities van de lunch.\nGeen vergadering.");
      // The date was the March verslag's: another verslag starts from its own.
      expect(await datumVeld.inputValue()).toBe("");
      const leesKnop = knop(sectie(page), "Lees actiepunten");
      await leesKnop.click();
      const fout = meldingMet(sectie(page), "Dit lijkt geen verslag van het DUO");
      await fout.waitFor();
      await page.waitForTimeout(300);
      expect(await inBeeld(fout, hoog)).toEqual({ zichtbaar: true, focus: true });
      const k = (await leesKnop.boundingBox())!;
      const m = (await fout.boundingBox())!;
      expect(m.y - (k.y + k.height)).toBeGreaterThanOrEqual(0);
      expect(m.y - (k.y + k.height)).toBeLessThan(40);
      await meet("fout-onder-knop", fout);
      await page.screenshot({ path: join(SHOTS, `${breed}-7-fout.png`) });
      await sectie(page).getByRole("textbox", { name: "Tekst van het verslag" }).fill(verslag);
      await sectie(page)
        .locator(".fui-MessageBar", { hasText: "Dit lijkt geen verslag van het DUO" })
        .waitFor({ state: "detached" });
    }
  );
});
