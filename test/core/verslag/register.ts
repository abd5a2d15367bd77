import { readRegister, type Register } from "../../../src/core/accounthouders/register";
import { fixtureWerkmap } from "../../support/xlsx";

/** The DUO register of the fixtures (accounthouders-duo.xlsx), read as the CLI reads --register. */
export async function duoRegister(): Promise<Register> {
  const w = await fixtureWerkmap("accounthouders-duo.xlsx");
  const [r] = await w.read([{ sheet: (await w.summary()).sheets[0].name }]);
  return readRegister(r!.grid)!;
}

/** A register of its own: rows of Naam, Aliassen, Organisatie, Vertrokken per, Opvolger. */
export function register(rijen: string[][]): Register {
  return readRegister({
    sheet: "Accounthouders",
    values: [["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"], ...rijen],
    merges: [],
  })!;
}
