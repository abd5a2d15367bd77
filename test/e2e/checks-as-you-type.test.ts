import { gebouwdTaakvenster, pane, screenshot } from "../support/browser";
import { demoVerwachting } from "../support/demo-verwachting";

jest.setTimeout(90_000);

const taakvenster = gebouwdTaakvenster();

// Issue 25, item 1: typing a new deadline in the demo's sheet updates the pane's findings without a
// click. The edit goes through the emulator as the user's typing; Excel's change event reaches the
// pane through Microsoft's library (Worksheet.onChanged), which reads the row again and writes nothing.
test("at 350 px: a deadline typed in the sheet changes that row's findings without Valideer", async () => {
  const { page } = await taakvenster.open({ width: 350, height: 800 });
  const zijkant = pane(page);
  await zijkant.getByRole("button", { name: /^Valideer( actielijst)?$/ }).click();
  await zijkant.getByText(`${(await demoVerwachting()).acties} acties`).waitFor();
  await zijkant.getByText("Bevindingen volgen uw wijzigingen in het blad.").waitFor();

  // A finding about a deadline: its button's name starts with the cell.
  const namen = await zijkant
    .getByRole("button", { name: /^[A-Z]+\d+\s.*deadline/i })
    .allInnerTexts();
  expect(namen.length).toBeGreaterThan(0);
  const cel = /^([A-Z]+\d+)/.exec(namen[0].trim())![1];
  const vanCel = async () =>
    (await zijkant.getByRole("button", { name: new RegExp(`^${cel}\\s`) }).allInnerTexts()).map(
      (t) => t.trim()
    );
  const voor = await vanCel();
  expect(voor.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Toon het werkblad" }).click();
  const td = page.locator(`td[data-cell="${cel}"]`);
  await td.scrollIntoViewIfNeeded();
  await td.dblclick();
  const invoer = page.getByRole("textbox", { name: `Cel ${cel} bewerken` });
  await invoer.fill("31-12-2030");
  await invoer.press("Enter");
  await page.getByRole("button", { name: "Terug naar het taakvenster" }).click();

  const rij = Number(/\d+/.exec(cel)![0]);
  await zijkant.getByText(new RegExp(`Rij ${rij} opnieuw gecontroleerd om`)).waitFor();
  const na = await vanCel();
  expect(na).not.toEqual(voor);
  await screenshot(page, "checks-as-you-type-350");
});
