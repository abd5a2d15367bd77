import type { WriteOp } from "../../../src/app/ports";
import { hostFoutTekst } from "../../../src/app/host-berichten";
import { hostError, setup } from "./helpers";

// Protection follows locked cells: values for unlocked cells of a protected sheet go through; a
// guarded batch that would touch a locked one is refused before anything is written.
const invoer = (protectedSheet = true) => ({
  name: "Invoer",
  values: [
    ["Naam", "Eigenaar"],
    ["a", "anja"],
    ["b", "bert"],
  ],
  protected: protectedSheet,
  unlocked: ["B2:B3"],
});

const guarded = (cell: string, from: string, to: string): WriteOp[] => [
  { kind: "expect", sheet: "Invoer", cell, value: from },
  { kind: "values", sheet: "Invoer", address: cell, values: [[to]] },
];

describe("writing values to a protected sheet", () => {
  test("unlocked cells are written, guarded or not", async () => {
    const { standIn, port } = setup([invoer()]);
    await port.write([...guarded("B2", "anja", "Anja"), ...guarded("B3", "bert", "Bert")]);
    await port.write([{ kind: "values", sheet: "Invoer", address: "B3", values: [["Bert W."]] }]);
    expect(standIn.values("Invoer").map((r) => r[1])).toEqual(["Eigenaar", "Anja", "Bert W."]);
    expect(standIn.sheetInfo("Invoer").protected).toBe(true);
  });

  test("a guarded batch that touches a locked cell is refused before anything is written", async () => {
    const { standIn, port } = setup([invoer()]);
    const voor = standIn.snapshot();
    const error = await hostError(
      port.write([...guarded("B2", "anja", "Anja"), ...guarded("A3", "b", "B")])
    );
    expect(error).toMatchObject({ code: "protected", nothingWritten: true });
    expect(hostFoutTekst(error)).toBe(
      'Het blad "Invoer" is beveiligd en cellen die Regie wil wijzigen zijn vergrendeld; er is niets gewijzigd. Ontgrendel die cellen of hef de beveiliging op (Controleren > Blad beveiligen) en probeer het opnieuw.'
    );
    expect(standIn.snapshot()).toEqual(voor);
    // Excel was never asked to write a value: the refusal came from the reads.
    const writes = standIn.syncs.flatMap((s) => s.actions.filter((a) => a.kind === "Range.values"));
    expect(writes.filter((a) => a.target.includes("Invoer"))).toEqual([]);
  });

  test("an unguarded write to a locked cell is Excel's refusal, named as protection", async () => {
    const { port } = setup([invoer()]);
    const error = await hostError(
      port.write([{ kind: "values", sheet: "Invoer", address: "A2", values: [["x"]] }])
    );
    expect(error.code).toBe("protected");
    expect(hostFoutTekst(error)).toMatch(/beveiligd.*vergrendelde cellen of opmaak/);
  });

  test("an unprotected sheet costs no extra read", async () => {
    const open = setup([invoer(false)]);
    await open.port.write(guarded("A2", "a", "A"));
    const shut = setup([invoer()]);
    await shut.port.write(guarded("B2", "anja", "Anja"));
    // Guard read and write; a protected target adds the one read of its cells' lock.
    expect([open.standIn.syncCount, shut.standIn.syncCount]).toEqual([2, 3]);
  });
});
