import { distance } from "fastest-levenshtein";
import { naamDelen, naamSleutel, type Naamdelen } from "./names";
import type { Persoon, Register } from "./register";

/** How a written owner was recognised, shown in the preview so a fuzzy guess stands out. */
export type Herkenning = "alias" | "voornaam" | "achternaam" | "gelijkenis";

export type Oplossing = { persoon: Persoon; via: Herkenning } | null;

/** What one owner as written is: one person, several who fit equally well, or nobody known. */
export type Duiding =
  | { soort: "persoon"; persoon: Persoon; via: Herkenning }
  | { soort: "dubbelzinnig"; kandidaten: Persoon[]; via: Herkenning }
  | { soort: "onbekend" };

type Stap = [Herkenning, (sleutel: string, delen: Naamdelen) => Persoon[]];

/**
 * Resolves one owner as written to a person in the registry, in this order: exact name or alias;
 * a first name (or a surname) written alone; surname with a matching initial ("A. Woortman");
 * first name with the surname's initial ("Anja W."); a small typo. The first step that finds
 * anyone decides: one person is the answer, two or more make the form ambiguous, and an
 * ambiguous form is never guessed at (a wrong name is worse than a name left as written).
 */
export class Resolver {
  private readonly perSleutel = new Map<string, Set<Persoon>>();
  private readonly delen: { persoon: Persoon; delen: Naamdelen }[];
  private readonly stappen: readonly Stap[] = [
    ["alias", (s) => [...(this.perSleutel.get(s) ?? [])]],
    ["voornaam", (s, d) => this.losWoord(s, d, "voornaam")],
    ["achternaam", (s, d) => this.losWoord(s, d, "achternaam")],
    ["achternaam", (_, d) => this.achternaam(d)],
    // "Anja W." rests on the first name: the preview says "op voornaam".
    ["voornaam", (_, d) => this.achternaamInitiaal(d)],
    ["gelijkenis", (s) => this.gelijkenis(s)],
  ];

  constructor(private readonly register: Register) {
    for (const p of register.personen)
      for (const s of [p.naam, ...p.aliassen].map(naamSleutel)) this.voegToe(s, p);
    this.delen = register.personen.map((persoon) => ({ persoon, delen: naamDelen(persoon.naam) }));
  }

  losOp(tekst: string): Oplossing {
    const d = this.duid(tekst);
    return d.soort === "persoon" ? { persoon: d.persoon, via: d.via } : null;
  }

  duid(tekst: string): Duiding {
    const sleutel = naamSleutel(tekst);
    if (sleutel === "") return { soort: "onbekend" };
    const delen = naamDelen(tekst);
    for (const [via, stap] of this.stappen) {
      const kandidaten = [...new Set(stap(sleutel, delen))];
      if (kandidaten.length === 1) return { soort: "persoon", persoon: kandidaten[0], via };
      if (kandidaten.length > 1)
        return {
          soort: "dubbelzinnig",
          kandidaten: kandidaten.sort((a, b) => a.naam.localeCompare(b.naam)),
          via,
        };
    }
    return { soort: "onbekend" };
  }

  /**
   * One word: the people with it as first name or as surname ("Anja", "Spijkerman"). Reported
   * as the kind `soort` asks for, so that each of the two steps names how it recognised.
   */
  private losWoord(sleutel: string, delen: Naamdelen, soort: "voornaam" | "achternaam"): Persoon[] {
    if (sleutel.includes(" ") || delen.achternaam) return [];
    const voornaam = this.delen.filter((x) => x.delen.voornaam === sleutel);
    const achternaam = this.delen.filter((x) => x.delen.achternaam === sleutel);
    // Both at once: "Mulder" as one person's first name and another's surname is ambiguous.
    if (soort === "voornaam" && voornaam.length === 0) return [];
    if (soort === "achternaam" && voornaam.length > 0) return [];
    return [...voornaam, ...achternaam].map((x) => x.persoon);
  }

  /** Surname with the initial or first name that goes with it: "A. Woortman", "Anja Woortmann". */
  private achternaam(delen: Naamdelen): Persoon[] {
    if (!delen.achternaam) return [];
    return this.delen
      .filter(
        (x) =>
          x.delen.achternaam === delen.achternaam &&
          (!delen.initiaal || x.delen.initiaal === delen.initiaal)
      )
      .map((x) => x.persoon);
  }

  /**
   * First name and the surname's initial, "Anja W." (also "Anja W", "Nicoline v.d. L."), and the
   * other way round, surname then initial: "Woortman A.".
   */
  private achternaamInitiaal(delen: Naamdelen): Persoon[] {
    const letter = delen.achternaam;
    if (!delen.voornaam || !letter || letter.length !== 1) return [];
    return this.delen
      .filter(
        (x) =>
          (x.delen.voornaam === delen.voornaam && x.delen.achternaam?.charAt(0) === letter) ||
          (x.delen.achternaam === delen.voornaam && x.delen.initiaal === letter)
      )
      .map((x) => x.persoon);
  }

  /** A typo: one edit in a short name, two in a long one; people equally close are all returned. */
  private gelijkenis(sleutel: string): Persoon[] {
    const toegestaan = sleutel.length >= 8 ? 2 : sleutel.length >= 4 ? 1 : 0;
    if (toegestaan === 0) return [];
    let beste = Infinity;
    let gevonden = new Set<Persoon>();
    for (const [s, personen] of this.perSleutel) {
      const d = Math.abs(s.length - sleutel.length) > toegestaan ? Infinity : distance(s, sleutel);
      if (d < beste) {
        beste = d;
        gevonden = new Set(personen);
      } else if (d === beste) for (const p of personen) gevonden.add(p);
    }
    return beste <= toegestaan ? [...gevonden] : [];
  }

  private voegToe(sleutel: string, persoon: Persoon): void {
    const set = this.perSleutel.get(sleutel) ?? new Set<Persoon>();
    set.add(persoon);
    this.perSleutel.set(sleutel, set);
  }
}
