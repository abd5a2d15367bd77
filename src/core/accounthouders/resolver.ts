import { distance } from "fastest-levenshtein";
import { naamDelen, naamSleutel } from "./names";
import type { Persoon, Register } from "./register";

/** How a written owner was recognised, shown in the preview so a fuzzy guess stands out. */
export type Herkenning = "alias" | "voornaam" | "achternaam" | "gelijkenis";

export type Oplossing = { persoon: Persoon; via: Herkenning } | null;

/**
 * Resolves one owner as written to a person in the registry, in this order: exact name or alias;
 * a first name alone that only one person has; surname with a matching initial; a small typo.
 * Anything ambiguous stays unresolved: a wrong name is worse than a name left as written.
 */
export class Resolver {
  private readonly perSleutel = new Map<string, Set<Persoon>>();

  constructor(private readonly register: Register) {
    for (const p of register.personen)
      for (const s of [p.naam, ...p.aliassen].map(naamSleutel)) this.voegToe(s, p);
  }

  losOp(tekst: string): Oplossing {
    const sleutel = naamSleutel(tekst);
    if (sleutel === "") return null;
    return (
      this.exact(sleutel) ??
      this.voornaam(tekst) ??
      this.achternaam(tekst) ??
      this.alleenAchternaam(sleutel) ??
      this.gelijkenis(sleutel)
    );
  }

  private exact(sleutel: string): Oplossing {
    const kandidaten = this.perSleutel.get(sleutel);
    return kandidaten?.size === 1 ? { persoon: [...kandidaten][0], via: "alias" } : null;
  }

  private voornaam(tekst: string): Oplossing {
    const delen = naamDelen(tekst);
    if (!delen.voornaam || delen.achternaam) return null;
    return enig(
      this.register.personen.filter((p) => naamDelen(p.naam).voornaam === delen.voornaam),
      "voornaam"
    );
  }

  private achternaam(tekst: string): Oplossing {
    const delen = naamDelen(tekst);
    if (!delen.achternaam) return null;
    const kandidaten = this.register.personen.filter((p) => {
      const q = naamDelen(p.naam);
      return (
        q.achternaam === delen.achternaam && (!delen.initiaal || q.initiaal === delen.initiaal)
      );
    });
    return enig(kandidaten, "achternaam");
  }

  /** One word that is nobody's first name may be a surname ("Spijkerman"). */
  private alleenAchternaam(sleutel: string): Oplossing {
    if (sleutel.includes(" ")) return null;
    return enig(
      this.register.personen.filter((p) => naamDelen(p.naam).achternaam === sleutel),
      "achternaam"
    );
  }

  /** A typo: one edit in a short name, two in a long one, and no other person as close. */
  private gelijkenis(sleutel: string): Oplossing {
    const toegestaan = sleutel.length >= 8 ? 2 : sleutel.length >= 4 ? 1 : 0;
    if (toegestaan === 0) return null;
    let beste = Infinity;
    let gevonden = new Set<Persoon>();
    for (const [s, personen] of this.perSleutel) {
      const d = Math.abs(s.length - sleutel.length) > toegestaan ? Infinity : distance(s, sleutel);
      if (d < beste) {
        beste = d;
        gevonden = new Set(personen);
      } else if (d === beste) for (const p of personen) gevonden.add(p);
    }
    return beste <= toegestaan ? enig([...gevonden], "gelijkenis") : null;
  }

  private voegToe(sleutel: string, persoon: Persoon): void {
    const set = this.perSleutel.get(sleutel) ?? new Set<Persoon>();
    set.add(persoon);
    this.perSleutel.set(sleutel, set);
  }
}

function enig(personen: readonly Persoon[], via: Herkenning): Oplossing {
  return personen.length === 1 ? { persoon: personen[0], via } : null;
}
