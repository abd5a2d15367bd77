import { areaAddress } from "../../src/core/address";
import type { SheetSeed } from "../../src/excel-stand-in";
import { fixtureWerkmap } from "./xlsx";

/**
 * A fixture's sheets as ExcelEmulator seeds (values and merged areas, as the file holds them), read once
 * per file: the emulator copies a seed into its own cells, so one read serves every workbook made from it.
 */
export function fixtureBladen(bestand: string): Promise<SheetSeed[]> {
  let bladen = gelezen.get(bestand);
  if (!bladen) gelezen.set(bestand, (bladen = leesBladen(bestand)));
  return bladen;
}

const gelezen = new Map<string, Promise<SheetSeed[]>>();

async function leesBladen(bestand: string): Promise<SheetSeed[]> {
  const w = await fixtureWerkmap(bestand);
  const summary = await w.summary();
  const reads = await w.read(summary.sheets.map((s) => ({ sheet: s.name })));
  return reads.map((r) => ({
    name: r!.grid.sheet,
    values: r!.grid.values,
    merges: r!.grid.merges.map(areaAddress),
  }));
}
