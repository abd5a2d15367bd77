import { hostFoutTekst } from "../../src/app/host-berichten";
import { checkGuards, HostError, type GuardOp } from "../../src/app/ports";

const guard = (cell: string, value: GuardOp["value"]): GuardOp => ({
  kind: "expect",
  sheet: "Acties",
  cell,
  value,
});

function refusalOf(run: () => void): HostError {
  try {
    run();
  } catch (e) {
    if (e instanceof HostError) return e;
    throw e;
  }
  throw new Error("checkGuards did not refuse");
}

describe("checkGuards compares cells as the user sees them", () => {
  test("a boolean, a number and surrounding spaces equal the text the preview read", () => {
    expect(() =>
      checkGuards(
        [guard("A1", "WAAR"), guard("A2", "5"), guard("A3", "Kees")],
        [true, 5, "  Kees "]
      )
    ).not.toThrow();
  });

  test("a changed cell is refused with what it holds now and what the preview saw, both as shown", () => {
    const e = refusalOf(() =>
      checkGuards([guard("A1", "WAAR"), guard("A2", "x"), guard("A3", "y")], [false, "x", "z"])
    );
    expect(e.code).toBe("changed");
    expect(e.guardedBefore).toEqual([
      { sheet: "Acties", cell: "A1", value: false },
      { sheet: "Acties", cell: "A2", value: "x" },
      { sheet: "Acties", cell: "A3", value: "z" },
    ]);
    expect(hostFoutTekst({ detail: e.detail, partial: e.partial })).toBe(
      'Cel Acties!A1 en 1 andere is gewijzigd sinds de voorvertoning (nu "ONWAAR", was "WAAR"). Maak een nieuwe voorvertoning.'
    );
  });

  test("a formula counts as a change even when its result is the value the preview saw, and is named as a formula", () => {
    const e = refusalOf(() =>
      checkGuards(
        [guard("A1", "x"), guard("A2", "5")],
        [{ value: "y" }, { value: 5, formula: "=2+3" }],
        { nothingWritten: true }
      )
    );
    expect(e.nothingWritten).toBe(true);
    expect(e.guardedBefore).toEqual([
      { sheet: "Acties", cell: "A1", value: "y" },
      { sheet: "Acties", cell: "A2", value: 5, formula: "=2+3" },
    ]);
    expect(hostFoutTekst({ detail: e.detail, partial: e.partial })).toBe(
      "Cel Acties!A2 bevat een formule (=2+3); Regie schrijft geen waarde over een formule heen. Nog 1 andere cel wijkt af van de voorvertoning. Maak een nieuwe voorvertoning."
    );
  });
});
