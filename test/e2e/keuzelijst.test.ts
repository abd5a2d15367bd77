import { gebouwdTaakvenster, pane, screenshot } from "../support/browser";

jest.setTimeout(120_000);

const taakvenster = gebouwdTaakvenster();

// Issue 25, item 2: the status dropdown in the demo's sheet, at task-pane width: added after a
// preview, used (a status typed in a cell that has it), undone, and removed again after a preview.
test("at 350 px: the status dropdown is added, used, undone and removed, each after a preview", async () => {
  const { page } = await taakvenster.open({ width: 350, height: 800 });
  const zijkant = pane(page);
  const sectie = zijkant.locator("[data-keuzelijst]");
  const naarBlad = () => page.getByRole("button", { name: "Toon het werkblad" }).click();
  const naarPaneel = () => page.getByRole("button", { name: "Terug naar het taakvenster" }).click();
  const pijltjes = () => page.locator("td [data-keuzelijst]").count();

  // Preview: the sheet, the cells and the choices; nothing written yet.
  await sectie.getByRole("button", { name: "Keuzelijst status in het blad" }).click();
  const voorvertoning = sectie.locator("[data-keuzelijst-voorvertoning]");
  await voorvertoning.waitFor();
  const regel = await voorvertoning.getByText(/cellen krijgen de keuzelijst\./).innerText();
  const cellen = Number(/(\d+) cellen/.exec(regel)![1]);
  expect(cellen).toBeGreaterThan(10);
  await voorvertoning.getByText(/^Keuzes: /).waitFor();
  // The exact cells the preview names (ranges of the status column, header rows left out).
  const gebieden = await voorvertoning.getByText(/^Statuskolom /).innerText();
  const genoemd = [...gebieden.matchAll(/([A-Z]+)(\d+)(?::[A-Z]+(\d+))?/g)].flatMap((m) =>
    Array.from(
      { length: Number(m[3] ?? m[2]) - Number(m[2]) + 1 },
      (_, i) => `${m[1]}${Number(m[2]) + i}`
    )
  );
  expect(genoemd).toHaveLength(cellen);
  await voorvertoning.scrollIntoViewIfNeeded();
  await screenshot(page, "keuzelijst-350-1-voorvertoning");
  await naarBlad();
  expect(await pijltjes()).toBe(0);
  await naarPaneel();

  // Apply: every cell of the preview gets the dropdown.
  await voorvertoning.getByRole("button", { name: "Toepassen" }).click();
  await sectie
    .getByText(`De keuzelijst staat in ${cellen} cellen; vastgelegd in het Wijzigingslog.`)
    .waitFor();
  await naarBlad();
  // Every named cell the grid draws has the dropdown, and no other cell (cells inside a merged
  // area are drawn as its first cell).
  const getekend = [];
  for (const cel of genoemd)
    if (await page.locator(`td[data-cell="${cel}"]`).count()) getekend.push(cel);
  const metPijltje = await page
    .locator("td:has([data-keuzelijst])")
    .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")));
  expect(metPijltje).toEqual(getekend);
  const eerste = page.locator("td:has([data-keuzelijst])").first();
  const adres = (await eerste.getAttribute("data-cell"))!;
  await screenshot(page, "keuzelijst-350-2-in-het-blad");

  // Used: a status typed in a cell with the dropdown stays; the dropdown stays too.
  await eerste.scrollIntoViewIfNeeded();
  await eerste.dblclick();
  const invoer = page.getByRole("textbox", { name: `Cel ${adres} bewerken` });
  await invoer.fill("Gereed");
  await invoer.press("Enter");
  await page.locator(`td[data-cell="${adres}"]`).getByText("Gereed").waitFor();
  expect(await pijltjes()).toBe(getekend.length);
  await naarPaneel();

  // Undo: the dropdown goes, exactly as it came.
  await sectie.getByRole("button", { name: "Ongedaan maken" }).click();
  await sectie
    .getByText(/ongedaan gemaakt|teruggezet/i)
    .first()
    .waitFor();
  await naarBlad();
  expect(await pijltjes()).toBe(0);
  await naarPaneel();

  // Add again and remove: the removal has its own preview.
  await sectie.getByRole("button", { name: "Keuzelijst status in het blad" }).click();
  await voorvertoning.getByRole("button", { name: "Toepassen" }).click();
  await sectie.getByText(/De keuzelijst staat in \d+ cellen/).waitFor();
  await sectie.getByRole("button", { name: "Keuzelijst verwijderen" }).click();
  await voorvertoning
    .getByText(`Blad "Actielijst": de keuzelijst van Regie gaat uit ${cellen} cellen.`)
    .waitFor();
  await voorvertoning.getByRole("button", { name: "Toepassen" }).click();
  await sectie
    .getByText(`De keuzelijst is uit ${cellen} cellen gehaald; vastgelegd in het Wijzigingslog.`)
    .waitFor();
  await naarBlad();
  expect(await pijltjes()).toBe(0);
});
