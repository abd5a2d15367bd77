import { deelTekst, splitsEigenaren } from "../../../src/core/accounthouders/split";
import { isLakmerk } from "../../../src/core/accounthouders/redaction";

const teksten = (cel: string) => splitsEigenaren(cel).map(deelTekst);

describe("splitsEigenaren", () => {
  test.each([
    ["Nicoline", ["Nicoline"]],
    ["nicoline ", ["nicoline"]],
    ["Nicoline / Anja", ["Nicoline", "Anja"]],
    ["Nicoline/Anja", ["Nicoline", "Anja"]],
    ["Marc & Peter", ["Marc", "Peter"]],
    ["Henk, Bert", ["Henk", "Bert"]],
    ["Henk en Bert", ["Henk", "Bert"]],
    ["Henk + Bert", ["Henk", "Bert"]],
    ["Nicoline v.d. Linden", ["Nicoline v.d. Linden"]],
    ["0/26", ["(10)(2e)"]],
    ["0)(2e)", ["(10)(2e)"]],
    ["10)(2e)", ["(10)(2e)"]],
    ["(10)(2e)", ["(10)(2e)"]],
    ["Anja / 0)(2e)", ["Anja", "(10)(2e)"]],
    ["(10)(2e) / Henk", ["(10)(2e)", "Henk"]],
    ["N.t.b.", ["N.t.b."]],
    ["ntb", ["N.t.b."]],
    ["n.v.t", ["N.v.t."]],
    ["", []],
    ["  ", []],
  ])("%j -> %j", (cel, verwacht) => {
    expect(teksten(cel)).toEqual(verwacht);
  });

  test("a lakmerk is a hidden person, not an empty cell", () => {
    expect(splitsEigenaren("0/26")).toEqual([{ soort: "gelakt" }]);
  });
});

describe("isLakmerk", () => {
  test.each(["(10)(2e)", "10)(2e)", "0)(2e)", "0/26", "(10) (2e)", "10(2e)", "(1O)(2e)", "10/2e"])(
    "%s is a lakmerk",
    (t) => {
      expect(isLakmerk(t)).toBe(true);
    }
  );
  test.each(["10", "2e", "Anja", "0/2", "2021", "(10)(2f)"])("%s is not", (t) => {
    expect(isLakmerk(t)).toBe(false);
  });
});
