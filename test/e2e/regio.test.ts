import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { maakRegioDashboard, FASEN, REGIO_WOORDEN } from "../../src/core/mijlpalen";
import { T } from "../../src/taskpane/texts";
import { gebouwdTaakvenster, pane, screenshot } from "../support/browser";
import {
  alsGrids,
  gemeenteBladen,
  kwartaalEind,
  REGIO,
  schrijfGemeenten,
  TOT,
} from "../support/gemeente-werkmappen";
import { cli } from "../support/cli";
import { regioJsonSchema } from "../../src/cli/mijlpalen-json";

jest.setTimeout(120_000);

const taakvenster = gebouwdTaakvenster();
const PEIL = kwartaalEind(TOT);
let paden: string[];

beforeAll(async () => {
  paden = await schrijfGemeenten(mkdtempSync(join(tmpdir(), "regie-e2e-regio-")));
});

test("Gemeenten toevoegen at 350 x 650: counted in a worker, the CLI's figures, Ten Boer's quarter marked, the sheet", async () => {
  const { page } = await taakvenster.open({ width: 350, height: 650 });
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await pane(page).getByRole("tab", { name: "Mijlpalen-dashboard" }).click();
  const sectie = pane(page).locator("section", {
    has: page.getByRole("heading", { name: T.regio.kop }),
  });
  await pane(page).getByRole("textbox", { name: "Peildatum" }).first().fill("31-12-2020");
  await sectie.locator("input[data-gemeenten]").setInputFiles(paden);
  for (const p of paden) await sectie.getByText(basename(p), { exact: false }).first().waitFor();
  // Removable: one out, then back in.
  await sectie.getByRole("button", { name: T.regio.verwijder(basename(paden[0])) }).click();
  expect(
    await sectie.getByRole("button", { name: T.regio.verwijder(basename(paden[0])) }).count()
  ).toBe(0);
  await sectie.locator("input[data-gemeenten]").setInputFiles(paden[0]);

  await sectie.getByRole("button", { name: T.regio.tel }).click();
  const resultaat = sectie.locator("[data-regio]");
  await resultaat.waitFor();
  expect(workers.some((u) => /regie-regio/.test(u))).toBe(true);

  // The CLI on the same files.
  const r = await cli("mijlpalen", ...paden, "--peildatum", PEIL, "--json");
  const json = regioJsonSchema.parse(JSON.parse(r.out));
  const laatste = json.quarters[json.quarters.length - 1];
  const tabel = resultaat.getByRole("table", { name: T.regio.laatste(laatste.label) });
  for (const f of FASEN)
    expect(
      await tabel
        .getByRole("row", { name: new RegExp(`^${f}`) })
        .locator("td")
        .textContent()
    ).toBe(laatste.counts[f].toLocaleString("nl-NL"));
  expect(
    await tabel
      .getByRole("row", { name: /^Totaal/ })
      .locator("td")
      .textContent()
  ).toBe(laatste.total.toLocaleString("nl-NL"));
  // Ten Boer's missing quarter, named.
  await resultaat
    .getByText(
      `${json.quarters[0].label} (${json.quarters[0].total}): ${REGIO_WOORDEN.onvolledig(["Ten Boer"])}`
    )
    .waitFor();
  // Per gemeente its total, as each file alone gives it.
  const per = resultaat.getByRole("table", { name: T.regio.perGemeente(laatste.label) });
  for (const g of json.gemeenten)
    expect(
      await per
        .getByRole("row", { name: new RegExp(`^${g.gemeente}`) })
        .locator("td")
        .textContent()
    ).toBe(g.quarters[g.quarters.length - 1].total.toLocaleString("nl-NL"));
  // The result is in view and has focus.
  expect(await resultaat.evaluate((e) => document.activeElement === e)).toBe(true);
  const box = (await resultaat.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(650);
  await screenshot(page, "regio-1-geteld");

  // Progress came per file from the worker; beside the result every file says its last step.
  const gekozen = sectie.getByRole("list", { name: T.regio.gekozen(paden.length) });
  expect(await gekozen.locator("li").allInnerTexts()).toEqual(
    paden.map(() => expect.stringMatching(new RegExp(`: ${T.regio.stap.klaar}`)))
  );

  // Nothing clipped at 350 px.
  const breed = await pane(page).evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
  expect(breed).toBe(true);

  await sectie.getByRole("button", { name: T.regio.maak }).click();
  await sectie.getByText(T.regio.klaar("Dashboard regio", false)).waitFor();
  const blad = page.locator('table[data-sheet="Dashboard regio"]');
  // At 350 px the demo shows the pane only; the grid is in the page, hidden.
  await blad.waitFor({ state: "attached" });
  const kern = maakRegioDashboard(
    REGIO.map((g) => ({ bron: g.bestand, grids: alsGrids(gemeenteBladen(g, TOT)) })),
    { peildatum: PEIL }
  );
  if (!kern.ok) throw new Error("geen regio");
  // Row 6 is the region's header, row 7 its first quarter (oldest): Ten Boer missing.
  expect(await blad.locator('td[data-cell="A1"]').textContent()).toBe("Dashboard regio");
  expect(await blad.locator('td[data-cell="A7"]').textContent()).toBe(json.quarters[0].label);
  expect(await blad.locator('td[data-cell="J7"]').textContent()).toBe(
    "onvolledig: zonder Ten Boer"
  );
  expect(await blad.locator('td[data-cell="H7"]').textContent()).toMatch(
    new RegExp(`^${json.quarters[0].total}$`)
  );
  expect(kern.regio.kwartalen.map((k) => k.total)).toEqual(json.quarters.map((q) => q.total));
  await screenshot(page, "regio-2-blad");
});
