import type { Actie } from "../actielijst/actie";
import type { Register } from "../accounthouders/register";
import type { IsoDate } from "../dates/iso";

/** A goal (Randvoorwaarde) of the list with the topics its actions have, to choose for a new row. */
export interface DoelKeuze {
  /** As the list writes it ("#01 Juiste mensen ..."); "" for topics of actions without a goal. */
  doel: string;
  onderwerpen: string[];
}

/**
 * The goals and topics the list already uses, in the list's order, each once (trimmed, as written):
 * what a new row from a verslag can be given instead of a goal or topic typed anew. A goal written
 * over merged or continuing cells counts once, as its actions carry it (readActie).
 */
export function doelKeuzes(acties: readonly Pick<Actie, "doel" | "onderwerp">[]): DoelKeuze[] {
  const doelen = new Map<string, Set<string>>();
  for (const a of acties) {
    const doel = a.doel.trim();
    const onderwerp = a.onderwerp.trim();
    if (doel === "" && onderwerp === "") continue;
    const onderwerpen = doelen.get(doel) ?? new Set<string>();
    doelen.set(doel, onderwerpen);
    if (onderwerp !== "") onderwerpen.add(onderwerp);
  }
  return [...doelen]
    .filter(([doel, o]) => doel !== "" || o.size > 0)
    .map(([doel, o]) => ({ doel, onderwerpen: [...o] }));
}

/** The topics to offer for a goal: its own, or with no goal chosen every topic of the list, once. */
export function onderwerpKeuzes(keuzes: readonly DoelKeuze[], doel: string): string[] {
  const gekozen = keuzes.find((k) => k.doel === doel && doel !== "");
  return gekozen ? gekozen.onderwerpen : [...new Set(keuzes.flatMap((k) => k.onderwerpen))];
}

/**
 * The register's people to offer as a new row's accounthouder: everyone not gone by the meeting
 * (a person who left is named by the successor instead), by name. The field stays free: a
 * lakmerk, an organisation or two names are typed as the list writes them.
 */
export function accounthouderKeuzes(register: Register | null, vergadering: IsoDate): string[] {
  if (!register) return [];
  const namen = register.personen
    .filter((p) => p.vertrokkenPer === null || p.vertrokkenPer > vergadering)
    .map((p) => p.naam.trim())
    .filter((n) => n !== "");
  return [...new Set(namen)].sort((a, b) => a.localeCompare(b, "nl"));
}

/** The offered names that hold what is typed (any case), all of them while nothing is typed. */
export function passendeKeuzes(keuzes: readonly string[], getypt: string): string[] {
  const zoek = getypt.trim().toLocaleLowerCase("nl");
  if (zoek === "" || keuzes.some((k) => k.toLocaleLowerCase("nl") === zoek)) return [...keuzes];
  return keuzes.filter((k) => k.toLocaleLowerCase("nl").includes(zoek));
}
