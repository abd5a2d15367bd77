import { samenvattingRegels } from "../../src/commands/samenvatting";
import { valideerEnMarkeer } from "../../src/app/actielijst/markeer";
import { refused } from "../../src/app/outcome";
import { fixtureWerkmap } from "../support/xlsx";

describe("result of the ribbon button Valideer en markeer", () => {
  test("names sheet, peildatum, markings and findings", async () => {
    const uitkomst = await valideerEnMarkeer(await fixtureWerkmap("actielijst-duo-2021.xlsx"), {
      peildatum: "2021-02-24",
    });
    const { titel, regels } = samenvattingRegels(uitkomst);
    expect(titel).toBe("Actielijst gecontroleerd");
    expect(regels[0]).toBe('Blad "Actielijst", peildatum 24-02-2021: 37 acties.');
    expect(regels[1]).toBe("2 verlopen (rood) en 2 binnenkort (oranje) gemarkeerd.");
    expect(regels[2]).toMatch(/^0 fouten, \d+ waarschuwingen, \d+ meldingen\. Open Regie/);
  });

  test("a failed check gives the reason", () => {
    expect(samenvattingRegels(refused("geen-actieblad", {}))).toEqual({
      titel: "Actielijst niet gecontroleerd",
      regels: [
        "Geen actielijst gevonden: geen blad heeft een kopregel met Openstaande acties, Uitvoeringsstatus en Deadline.",
      ],
    });
  });
});
