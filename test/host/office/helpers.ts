import { HostError } from "../../../src/app/ports";
import {
  ExcelEmulator,
  type EmulatorOptions,
  type SheetSeed,
} from "../../../src/host/excel-emulator";
import { OfficeWorkbookPort } from "../../../src/host/office";
import type { ExcelRunner } from "../../../src/host/office";

/** A fake workbook and the Office adapter over it; typing `fake.run` as ExcelRunner checks the fake fits. */
export function setup(
  seeds: SheetSeed[],
  options?: EmulatorOptions
): { fake: ExcelEmulator; port: OfficeWorkbookPort } {
  const fake = ExcelEmulator.fromSheets(seeds, options);
  const runner: ExcelRunner = fake.run;
  return { fake, port: new OfficeWorkbookPort(runner) };
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
