import { naamDelen, naamSleutel } from "../../../src/core/accounthouders/names";

describe("naamDelen", () => {
  test.each([
    [
      "Nicoline van der Linden",
      {
        sleutel: "nicoline van der linden",
        voornaam: "nicoline",
        initiaal: "n",
        achternaam: "linden",
        woorden: 4,
      },
    ],
    [
      "Nicoline v.d. Linden",
      {
        sleutel: "nicoline van der linden",
        voornaam: "nicoline",
        initiaal: "n",
        achternaam: "linden",
        woorden: 4,
      },
    ],
    [
      "N. van der Linden",
      {
        sleutel: "n van der linden",
        voornaam: null,
        initiaal: "n",
        achternaam: "linden",
        woorden: 4,
      },
    ],
    [
      "N. vd Linden",
      {
        sleutel: "n van der linden",
        voornaam: null,
        initiaal: "n",
        achternaam: "linden",
        woorden: 4,
      },
    ],
    [
      "N.v.d. Linden",
      {
        sleutel: "n van der linden",
        voornaam: null,
        initiaal: "n",
        achternaam: "linden",
        woorden: 4,
      },
    ],
    [
      "nicoline ",
      { sleutel: "nicoline", voornaam: "nicoline", initiaal: "n", achternaam: null, woorden: 1 },
    ],
    [
      "Peter Spijkerman",
      {
        sleutel: "peter spijkerman",
        voornaam: "peter",
        initiaal: "p",
        achternaam: "spijkerman",
        woorden: 2,
      },
    ],
    [
      "J.A. Koopmans",
      {
        sleutel: "j a koopmans",
        voornaam: null,
        initiaal: "j",
        achternaam: "koopmans",
        woorden: 3,
      },
    ],
    [
      "José Müller",
      { sleutel: "jose muller", voornaam: "jose", initiaal: "j", achternaam: "muller", woorden: 2 },
    ],
    ["", { sleutel: "", voornaam: null, initiaal: null, achternaam: null, woorden: 0 }],
  ])("%j", (tekst, verwacht) => {
    expect(naamDelen(tekst)).toEqual(verwacht);
  });

  test("v.d., vd and v/d are the same as van der", () => {
    expect(
      new Set(
        [
          "Nicoline v.d. Linden",
          "Nicoline vd Linden",
          "Nicoline v/d Linden",
          "nicoline VAN DER linden",
        ].map(naamSleutel)
      )
    ).toEqual(new Set(["nicoline van der linden"]));
  });
});
