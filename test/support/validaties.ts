import fc from "fast-check";
import { cellAddress, parseArea } from "../../src/core/address";
import { KEUZELIJST_BRON, keuzelijstValidatie } from "../../src/core/actielijst/keuzelijst";
import type { Validatie } from "../../src/core/validatie";

/**
 * Data validations a user can give cells in Excel's own dialog, of every kind the API reports, in
 * the shape Excel reports them back (formulas as "=..." strings). "Any value" comes only with a
 * message: without one Excel keeps no validation at all. Regie's own dropdown is among them (a user
 * copies it), and lists close to it (its source with another prompt).
 */
export const gebruikersValidatie: fc.Arbitrary<Validatie> = fc
  .record({
    rule: fc.oneof(
      fc.record({
        list: fc.record({
          inCellDropDown: fc.boolean(),
          source: fc.constantFrom("Loopt,Klaar", "=$J$1:$J$3", KEUZELIJST_BRON),
        }),
      }),
      vergelijking("wholeNumber", ["=1", "=10", "=0"]),
      vergelijking("decimal", ["=0.5", "=2.25"]),
      vergelijking("date", ["=44197", "=44561"]),
      vergelijking("time", ["=0.25", "=0.75"]),
      vergelijking("textLength", ["=3", "=20"]),
      fc.record({ custom: fc.record({ formula: fc.constantFrom("=LEN(E2)<20", "=ISTEXT(E2)") }) }),
      fc.constant({})
    ),
    prompt: fc.record({
      message: fc.constantFrom("", "Kies een status.", "Let op: alleen Gereed"),
      showPrompt: fc.boolean(),
      title: fc.constantFrom("", "Status"),
    }),
    errorAlert: fc.record({
      message: fc.constantFrom("", "Ongeldige status"),
      showAlert: fc.boolean(),
      style: fc.constantFrom("Stop", "Warning", "Information"),
      title: fc.constantFrom("", "Fout"),
    }),
    ignoreBlanks: fc.boolean(),
  })
  .map((v) =>
    Object.keys(v.rule).length > 0 || v.prompt.message !== ""
      ? v
      : { ...v, prompt: { ...v.prompt, message: "Vrije invoer" } }
  );

/** A user validation, Regie's own dropdown as a user copied it, or none. */
export const validatieOfGeen: fc.Arbitrary<Validatie | null> = fc.oneof(
  { arbitrary: gebruikersValidatie, weight: 4 },
  { arbitrary: fc.constant(keuzelijstValidatie()), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 }
);

function vergelijking(kind: string, formulas: string[]): fc.Arbitrary<Validatie["rule"]> {
  return fc
    .record({
      operator: fc.constantFrom(
        "Between",
        "NotBetween",
        "EqualTo",
        "NotEqualTo",
        "GreaterThan",
        "LessThan",
        "GreaterThanOrEqualTo",
        "LessThanOrEqualTo"
      ),
      formula1: fc.constantFrom(...formulas),
      formula2: fc.constantFrom(...formulas),
    })
    .map(({ operator, formula1, formula2 }) => ({
      [kind]: {
        operator,
        formula1,
        ...(operator.endsWith("Between") && { formula2 }),
      },
    }));
}

/** The single-cell addresses of an area ("E2:E4" -> E2, E3, E4). */
export function cellenVan(address: string): string[] {
  const area = parseArea(address);
  if (!area) throw new Error(`geen gebied: ${address}`);
  const out: string[] = [];
  for (let r = area.top; r <= area.bottom; r++)
    for (let c = area.left; c <= area.right; c++) out.push(cellAddress(r, c));
  return out;
}

/** Whether area `binnen` lies within area `om`. */
export function ligtBinnen(binnen: string, om: string): boolean {
  const a = parseArea(binnen);
  const b = parseArea(om);
  return (
    !!a && !!b && a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right
  );
}
