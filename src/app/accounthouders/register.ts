import { REGISTER_BLAD, REGISTER_KOP } from "../../core/accounthouders/register";
import { stelRegisterVoor, type PersoonVoorstel } from "../../core/accounthouders/voorstel";
import type { WorkbookPort } from "../ports";
import { bestaat, schrijfAllesOfNiets } from "../schrijven";
import { gelukt, metHostFouten, mislukt, type Uitkomst } from "../uitkomst";
import { leesActielijst, rapporteer, type ValideerOpties } from "../actielijst/valideer";
import { eigenaarCellen } from "./normaliseer";

export interface RegisterVoorstel {
  sheet: string;
  personen: PersoonVoorstel[];
  /** There is a registry already: proposing one is then only a comparison, writing is refused. */
  bestaat: boolean;
}

/** "Registry opbouwen", the proposal: persons grouped from the owner column. Nothing is written. */
export async function registerVoorstel(
  port: WorkbookPort,
  opties: ValideerOpties
): Promise<Uitkomst<RegisterVoorstel>> {
  return metHostFouten(async () => {
    const gelezen = await leesActielijst(port, { ...opties, register: null });
    if (!gelezen.ok) return gelezen;
    const rapport = rapporteer(gelezen.waarde, opties);
    if (!rapport.ok) return rapport;
    const cellen = eigenaarCellen(rapport.waarde).map((c) => c.tekst);
    const bestaat = gelezen.waarde.summary.sheets.some((s) => s.name === REGISTER_BLAD);
    return gelukt({ sheet: gelezen.waarde.sheet, personen: stelRegisterVoor(cellen), bestaat });
  });
}

/**
 * Writes the confirmed registry as a new Accounthouders sheet. An existing sheet of that name is
 * never overwritten: the user edits that one by hand.
 */
export async function schrijfRegister(
  port: WorkbookPort,
  personen: readonly PersoonVoorstel[]
): Promise<Uitkomst<{ aantal: number }>> {
  return metHostFouten(async () => {
    const namen = personen.map((p) => p.naam.trim()).filter((n) => n !== "");
    if (namen.length === 0)
      return mislukt("leeg-register", "Het register is leeg: er is niets geschreven.", false);
    if (new Set(namen.map((n) => n.toLowerCase())).size !== namen.length)
      return mislukt(
        "dubbele-naam",
        "Twee personen hebben dezelfde naam; pas er één aan. Er is niets geschreven.",
        false
      );
    const summary = await port.summary({ rows: 0, columns: 0 });
    if (summary.sheets.some((s) => s.name.toLowerCase() === REGISTER_BLAD.toLowerCase()))
      return mislukt(
        "register-bestaat",
        `Er is al een blad "${REGISTER_BLAD}"; Regie overschrijft het niet. Pas het met de hand aan.`,
        false
      );
    const rijen = personen
      .filter((p) => p.naam.trim() !== "")
      .map((p) => [
        p.naam.trim(),
        p.aliassen
          .map((a) => a.trim())
          .filter((a) => a !== "")
          .join("; "),
        "",
        "",
        "",
      ]);
    await schrijfAllesOfNiets(
      port,
      [
        { kind: "addSheet", sheet: REGISTER_BLAD },
        {
          kind: "values",
          sheet: REGISTER_BLAD,
          address: "A1",
          values: [[...REGISTER_KOP], ...rijen],
        },
        { kind: "format", sheet: REGISTER_BLAD, address: "A1:E1", bold: true },
        { kind: "format", sheet: REGISTER_BLAD, address: "A1:B1", columnWidth: 180 },
        { kind: "format", sheet: REGISTER_BLAD, address: "C1:E1", columnWidth: 110 },
        {
          kind: "format",
          sheet: REGISTER_BLAD,
          address: `D2:D${rijen.length + 1}`,
          numberFormat: "d-m-yyyy",
        },
        { kind: "freezeRows", sheet: REGISTER_BLAD, rows: 1 },
      ],
      (na) => (bestaat(na, REGISTER_BLAD) ? [{ kind: "deleteSheet", sheet: REGISTER_BLAD }] : []),
      "Register schrijven"
    );
    return gelukt({ aantal: rijen.length });
  });
}
