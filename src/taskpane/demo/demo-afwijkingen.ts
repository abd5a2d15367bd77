import type { CellValue } from "../../core/grid";

/** The row the demo shows shifted one column left, as the source lists had such rows. */
export const DEMO_VERSCHOVEN_RIJ = 15;
/** The owner cell the demo writes in a form two registry people fit, and that form. */
export const DEMO_DUBBELZINNIG = { cel: "D16", rij: 16, tekst: "A. Woortman" } as const;
/** The second person that form fits: added to the demo's registry. */
export const DEMO_TWEEDE_WOORTMAN = "Arend Woortman";

/**
 * The DUO list as the demo opens it: the fixture's sheet with two deviations derived from it, so
 * the pane has a shifted row to put back and an owner it will not choose for. Row 15 has its cells
 * from the action column on moved one column left; the owner "Anja" of row 16 is written
 * "A. Woortman". Everything else is the fixture as it is.
 */
export function demoActielijst(fixture: readonly (readonly CellValue[])[]): CellValue[][] {
  const rijen = verschuifRij(fixture, DEMO_VERSCHOVEN_RIJ, 2, "links");
  const { rij, tekst } = DEMO_DUBBELZINNIG;
  rijen[rij - 1] = [...rijen[rij - 1]];
  rijen[rij - 1][3] = tekst;
  return rijen;
}

/** The demo's registry: the fixture's DUO members, and a second A. Woortman. */
export function demoAccounthouders(fixture: readonly (readonly CellValue[])[]): CellValue[][] {
  const breedte = Math.max(...fixture.map((r) => r.length));
  const extra = Array.from({ length: breedte }, (_, c): CellValue =>
    c === 0 ? DEMO_TWEEDE_WOORTMAN : ""
  );
  return [...fixture.map((r) => [...r]), extra];
}

/**
 * A copy of the rows with one row's cells moved one column, from column `vanaf` (0-based) on, as
 * the source lists had them: to the left the cell before `vanaf` is overwritten; to the right
 * `vanaf` is left empty. Row numbers are 1-based, as Excel counts them.
 */
export function verschuifRij(
  rijen: readonly (readonly CellValue[])[],
  row: number,
  vanaf: number,
  richting: "links" | "rechts"
): CellValue[][] {
  const values = rijen.map((r) => [...r]);
  const oud: CellValue[] = values[row - 1];
  const breedte = Math.max(...values.map((r) => r.length));
  const rij = Array.from({ length: breedte }, (_, c) => oud[c] ?? "");
  if (richting === "links") {
    for (let c = vanaf - 1; c < breedte - 1; c++) rij[c] = rij[c + 1];
    rij[breedte - 1] = "";
  } else {
    for (let c = breedte - 1; c > vanaf; c--) rij[c] = rij[c - 1];
    rij[vanaf] = "";
  }
  values[row - 1] = rij;
  return values;
}
