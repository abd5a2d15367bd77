import { celVulling, screenshot } from "../support/browser";
import { demoSessie } from "../support/demo-sessie";

jest.setTimeout(60_000);

const sessie = demoSessie();
describe("Actielijst valideren in de demo (headless Chromium, nep-Excel)", () => {
  test("de demo zegt dat het een demo is en toont de actielijst", async () => {
    const { page } = sessie();
    await page.getByText(/Demo: u werkt in een voorbeeldwerkmap/).waitFor();
    expect(await page.locator('td[data-cell="C2"]').textContent()).toBe(
      "a. NCG zet format uit bij gemeenten"
    );
    await screenshot(page, "actielijst-1-start");
  });

  test("valideren toont de aantallen per verkeerslicht en de bevindingen", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: "Valideer", exact: true }).click();
    await page.getByText('Blad "Actielijst": 37 acties').waitFor();
    const aantal = async (licht: string) => page.locator(`li[data-licht="${licht}"]`).innerText();
    expect(await aantal("overdue")).toMatch(/Verlopen\s*2/);
    expect(await aantal("due-soon")).toMatch(/Binnenkort\s*2/);
    expect(await aantal("on-track")).toMatch(/Op schema\s*17/);
    expect(await aantal("done")).toMatch(/Gereed\s*3/);
    await page.getByText(/^Overige bevindingen \(\d+\)$/).waitFor();
    await screenshot(page, "actielijst-2-gevalideerd");
  });

  test("een klik op een bevinding selecteert haar cel", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: /G9\s*e\. Uitwerken integrale/ }).click();
    await page.locator('td[data-cell="G9"][class*=" "]').waitFor();
    await screenshot(page, "actielijst-3-selectie");
  });

  test("markeren kleurt verlopen rood en binnenkort oranje; wissen zet de kleuren terug", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: "Valideer en markeer" }).click();
    await page.getByText("2 rijen rood en 2 oranje gemarkeerd.").waitFor();
    expect(await celVulling(page, "C9")).toBe("#FFC7CE");
    expect(await celVulling(page, "H39")).toBe("#FFC7CE");
    expect(await celVulling(page, "C15")).toBe("#FFD8A8");
    expect(await celVulling(page, "C10")).toBe("");
    await screenshot(page, "actielijst-4-gemarkeerd");
    await page.getByRole("button", { name: "Markeringen wissen" }).click();
    await page.getByText(/Oorspronkelijke kleur van \d+ cellen teruggezet/).waitFor();
    for (const cel of ["C9", "H39", "C15", "G15"]) expect(await celVulling(page, cel)).toBe("");
    await screenshot(page, "actielijst-5-gewist");
  });

  test("een herstel schrijft de cel en is ongedaan te maken", async () => {
    const { page } = sessie();
    await page.getByRole("button", { name: "Valideer", exact: true }).click();
    await page.getByRole("button", { name: /^4 x Status anders geschreven/ }).click();
    await page.getByRole("button", { name: 'Herstel naar "Gereed"' }).click();
    await page.getByText(/E21 is gewijzigd in "Gereed"/).waitFor();
    expect(await page.locator('td[data-cell="E21"]').textContent()).toBe("Gereed");
    await page.getByRole("button", { name: "Ongedaan maken" }).click();
    await page.getByText(/Herstel status: 1 cel teruggezet/).waitFor();
    expect(await page.locator('td[data-cell="E21"]').textContent()).toBe("gereed");
    await screenshot(page, "actielijst-6-ongedaan");
  });

  test("geen fouten op de pagina en geen verzoeken buiten localhost", () => {
    expect(sessie().paginaFouten).toEqual([]);
    expect(sessie().buitenaf).toEqual([]);
  });
});
