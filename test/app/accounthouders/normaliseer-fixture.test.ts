import {
  alleRegels,
  normaliseerVoorvertoning,
  pasNormalisatieToe,
} from "../../../src/app/accounthouders/normaliseer";
import { valideer } from "../../../src/app/actielijst/valideer";
import { maakOngedaan } from "../../../src/app/wijzigingen/ongedaan";
import { readRegister, type Register } from "../../../src/core/accounthouders/register";
import { fixtureJson } from "../../support/fixtures";
import { fixtureWerkmap, momentopname } from "../../support/xlsx";
import { foutTekst } from "../../../src/app/weigering-berichten";

const PEIL = "2021-02-24";
const verwacht = fixtureJson<{ row: number; owners: string[] }[]>(
  "actielijst-duo-2021.expected.json"
);

async function register(): Promise<Register> {
  const w = await fixtureWerkmap("accounthouders-duo.xlsx");
  const [r] = await w.read([{ sheet: (await w.summary()).sheets[0].name }]);
  return readRegister(r!.grid)!;
}

describe("accounthouders of the DUO actielijst with the register from the fixtures", () => {
  test("the register has only first names as aliases and no errors", async () => {
    const r = await register();
    expect(r.personen).toHaveLength(9);
    expect(r.personen.find((p) => p.naam === "Roelien Kamminga")).toMatchObject({
      vertrokkenPer: "2021-01-13",
      opvolger: "Nicoline van der Linden",
      aliassen: ["Roelien"],
    });
    expect(r.findings).toEqual([]);
  });

  test("validating reports per row the canonical accounthouders of the expected result", async () => {
    const uitkomst = await valideer(await fixtureWerkmap("actielijst-duo-2021.xlsx"), {
      peildatum: PEIL,
      register: await register(),
    });
    if (!uitkomst.ok) throw new Error(foutTekst(uitkomst.refusal));
    expect(uitkomst.value.acties.map((a) => ({ row: a.row, owners: a.eigenaren }))).toEqual(
      verwacht.map(({ row, owners }) => ({ row, owners }))
    );
  });

  test("normalising proposes the canonical spelling, leaves nothing unresolved, and is idempotent and reversible", async () => {
    const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
    const voor = await momentopname(w);
    const reg = await register();
    const voorstel = await normaliseerVoorvertoning(w, { peildatum: PEIL, register: reg });
    if (!voorstel.ok) throw new Error(foutTekst(voorstel.refusal));
    expect(voorstel.value.normalisatie.rows).toEqual(
      verwacht.map(({ row, owners }) => ({ row, owners }))
    );
    expect(voorstel.value.normalisatie.unresolved).toEqual([]);
    expect(voorstel.value.regels).toEqual(
      expect.arrayContaining([
        {
          van: "Nicoline",
          naar: "Nicoline van der Linden",
          cellen: ["D3", "D5", "D6", "D7", "D8", "D9", "D10", "D40"],
          via: ["alias"],
        },
        { van: "0/26", naar: "(10)(2e)", cellen: ["D2", "D13", "D15"], via: [] },
        {
          van: "Nicoline / Anja",
          naar: "Nicoline van der Linden / Anja Woortman",
          cellen: ["D12"],
          via: ["alias"],
        },
      ])
    );
    const toegepast = await pasNormalisatieToe(
      w,
      voorstel.value,
      alleRegels(voorstel.value),
      "2021-02-24 10:00:00"
    );
    expect(toegepast.ok).toBe(true);

    const opnieuw = await normaliseerVoorvertoning(w, { peildatum: PEIL, register: reg });
    expect(opnieuw.ok && opnieuw.value.normalisatie.edits).toEqual([]);

    await maakOngedaan(w, { tijdstip: "2021-02-24 10:05:00" });
    const na = (await momentopname(w)) as { name: string }[];
    expect(na.filter((s) => s.name === "Actielijst")).toEqual(
      (voor as { name: string }[]).filter((s) => s.name === "Actielijst")
    );
  });
});
