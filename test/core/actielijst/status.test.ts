import { duidStatus } from "../../../src/core/actielijst/status";

describe("duidStatus", () => {
  test.each([
    ["In uitvoering", { soort: "exact", status: "In uitvoering", schrijfwijze: false }],
    ["gereed", { soort: "exact", status: "Gereed", schrijfwijze: true }],
    ["  nog niet   gestart ", { soort: "exact", status: "Nog niet gestart", schrijfwijze: true }],
    ["Verstuurd", { soort: "exact", status: "Verstuurd", schrijfwijze: false }],
    ["Afgerond", { soort: "synoniem", status: "Gereed" }],
    ["verzonden", { soort: "synoniem", status: "Verstuurd" }],
    ["loopt", { soort: "synoniem", status: "In uitvoering" }],
    ["In uitvoring", { soort: "bijna", status: "In uitvoering" }],
    ["In voorbereding", { soort: "bijna", status: "In voorbereiding" }],
    ["Gerred", { soort: "bijna", status: "Gereed" }],
    ["", { soort: "leeg" }],
    ["   ", { soort: "leeg" }],
    ["Misschien", { soort: "onbekend" }],
    ["#N/A", { soort: "onbekend" }],
  ])("%j", (tekst, verwacht) => {
    expect(duidStatus(tekst)).toEqual(verwacht);
  });
});
