import { pane, screenshot } from "../support/browser";
import { demoSessie } from "../support/demo-sessie";

jest.setTimeout(60_000);

const sessie = demoSessie();

beforeAll(async () => {
  await pane(sessie().page).getByRole("tab", { name: "Accounthouders" }).click();
});

const cel = (adres: string) =>
  sessie().page.locator(`table[data-sheet="Actielijst"] td[data-cell="${adres}"]`).textContent();

describe("Accounthouders in de demo (headless Chromium, nep-Excel)", () => {
  test("normaliseren toont eerst oud -> nieuw met aantallen; niets is al geschreven", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: "Normaliseer accounthouders" }).click();
    await page.getByText(/9 wijzigingen voorgesteld/).waitFor();
    await page.getByRole("checkbox", { name: "Nicoline naar Nicoline van der Linden" }).waitFor();
    expect(await page.getByText("8 cellen").count()).toBeGreaterThan(0);
    expect(await cel("D3")).toBe("Nicoline");
    await screenshot(page, "accounthouders-1-voorvertoning");
  });

  test("een uitgevinkte regel blijft staan; de rest wordt in één keer geschreven en is ongedaan te maken", async () => {
    const { page } = sessie();
    await page.getByRole("checkbox", { name: "Henk naar Henk Mulder" }).click();
    // 21: the demo writes D16 "A. Woortman", which two people fit, so Regie proposes nothing there.
    await page.getByRole("button", { name: /Toepassen \(21 cellen\)/ }).click();
    await page.getByText("21 cellen aangepast.", { exact: false }).waitFor();
    expect(await cel("D3")).toBe("Nicoline van der Linden");
    expect(await cel("D2")).toBe("(10)(2e)");
    expect(await cel("D11")).toBe("Henk");
    await screenshot(page, "accounthouders-2-toegepast");
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await page.getByText(/Normaliseer accounthouders: 21 cellen teruggezet/).waitFor();
    expect(await cel("D3")).toBe("Nicoline");
    expect(await cel("D2")).toBe("0/26");
    await screenshot(page, "accounthouders-3-ongedaan");
  });

  test("registry opbouwen: voorstel ter vergelijking, het bestaande blad blijft", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: "Register opbouwen" }).click();
    await page.getByText(/Er is al een blad Accounthouders/).waitFor();
    expect(await page.getByRole("button", { name: /Register schrijven/ }).count()).toBe(0);
  });

  test("overzicht per accounthouder; een klik selecteert de actie", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: "Overzicht per accounthouder" }).click();
    const nicoline = page.locator('[data-eigenaar="Nicoline van der Linden"]');
    await nicoline.waitFor();
    expect(await nicoline.innerText()).toMatch(/9 open\s*1 verlopen/);
    await nicoline.click();
    await page.getByRole("button", { name: /Rij 9: e\. Uitwerken integrale/ }).click();
    await page.locator('td[data-cell="C9"][class*=" "]').waitFor();
    await screenshot(page, "accounthouders-4-overzicht");
  });

  test("geen fouten op de pagina en geen verzoeken buiten localhost", () => {
    expect(sessie().paginaFouten).toEqual([]);
    expect(sessie().buitenaf).toEqual([]);
  });
});
