import { chooseActieSheet } from "../../../src/core/actielijst/sheet-choice";
import { kop } from "../../support/grid";

const blad = (name: string, visibility: string, lijst: boolean) => ({
  name,
  visibility,
  head: lijst ? [kop()] : [["iets"]],
});

describe("kiesActieblad", () => {
  test.each([
    [
      "het actieve blad als het een lijst is",
      [blad("A", "Visible", true), blad("B", "Visible", true)],
      "B",
      undefined,
      { ok: true, sheet: "B" },
    ],
    [
      "anders het eerste zichtbare blad met een lijst",
      [blad("A", "Visible", false), blad("B", "Visible", true)],
      "A",
      undefined,
      { ok: true, sheet: "B" },
    ],
    [
      "een verborgen lijst als er geen zichtbare is",
      [blad("A", "Visible", false), blad("B", "Hidden", true)],
      "A",
      undefined,
      { ok: true, sheet: "B" },
    ],
    [
      "nooit een zeer verborgen blad (van Regie)",
      [blad("A", "Visible", false), blad("B", "VeryHidden", true)],
      "A",
      undefined,
      { ok: false, reden: "geen-actieblad" },
    ],
    [
      "het gevraagde blad, hoofdletters vrij",
      [blad("Acties", "Visible", true)],
      null,
      "acties",
      { ok: true, sheet: "Acties" },
    ],
    [
      "een gevraagd blad dat er niet is",
      [blad("A", "Visible", true)],
      null,
      "B",
      { ok: false, reden: "blad-onbekend", sheet: "B" },
    ],
    [
      "een gevraagd blad zonder kop",
      [blad("A", "Visible", false)],
      null,
      "A",
      { ok: false, reden: "blad-zonder-kop", sheet: "A" },
    ],
  ])("%s", (_naam, bladen, actief, gevraagd, verwacht) => {
    expect(chooseActieSheet(bladen, actief, gevraagd)).toEqual(verwacht);
  });
});
