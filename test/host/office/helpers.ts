import { HostError } from "../../../src/app/ports";
import { ExcelEmulator, type EmulatorOptions, type SheetSeed } from "../../../src/excel-stand-in";
import { OfficeWorkbookPort } from "../../../src/host/office";
import type { ExcelRunner } from "../../../src/host/office";

/** A standIn workbook and the Office adapter over it; typing `standIn.run` as ExcelRunner checks the standIn fits. */
export function setup(
  seeds: SheetSeed[],
  options?: EmulatorOptions
): { standIn: ExcelEmulator; port: OfficeWorkbookPort } {
  const standIn = ExcelEmulator.fromSheets(seeds, options);
  const runner: ExcelRunner = standIn.run;
  return { standIn, port: new OfficeWorkbookPort(runner) };
}

/** `count` rows of `columns` cells: a header row, then text and numbers. */
export function table(count: number, columns = 8): (string | number)[][] {
  return Array.from({ length: count }, (_, r) =>
    Array.from({ length: columns }, (_, c) =>
      r === 0 ? `Kolom ${c + 1}` : c % 3 === 2 ? r * 10 + c : `Actie ${r}-${c} tekst`
    )
  );
}

/** The HostError a promise rejects with (fails the test when it resolves or rejects otherwise). */
export async function hostError(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  if (!(error instanceof HostError)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}
