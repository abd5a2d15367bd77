import type { AdresId } from "./adres-id";

/**
 * Every address of a run, numbered in order of first appearance: snapshot sheets keep their
 * phases in arrays by this number, so comparing quarters is a walk over arrays, not over maps.
 */
export class Adresregister {
  /** The Adres-ID of each number as first written. */
  readonly teksten: string[] = [];
  private readonly nummers = new Map<string | number, number>();

  nummer(id: AdresId): number {
    let nummer = this.nummers.get(id.sleutel);
    if (nummer === undefined) {
      nummer = this.teksten.length;
      this.nummers.set(id.sleutel, nummer);
      this.teksten.push(id.tekst);
    }
    return nummer;
  }

  get aantal(): number {
    return this.teksten.length;
  }
}

/** Per address number of one sheet: phase index and first row, -1 where the sheet has none. */
export class StandPerAdres {
  fasen: Int8Array;
  rijen: Int32Array;
  gemeenten: Int32Array;

  constructor(capaciteit: number) {
    this.fasen = new Int8Array(capaciteit).fill(-1);
    this.rijen = new Int32Array(capaciteit).fill(-1);
    this.gemeenten = new Int32Array(capaciteit);
  }

  /** Room for address number `nummer`: the register grows while the sheet is read. */
  ruimteVoor(nummer: number): void {
    if (nummer < this.fasen.length) return;
    const groter = Math.max(nummer + 1, this.fasen.length * 2);
    const oud = { fasen: this.fasen, rijen: this.rijen, gemeenten: this.gemeenten };
    this.fasen = new Int8Array(groter).fill(-1);
    this.rijen = new Int32Array(groter).fill(-1);
    this.gemeenten = new Int32Array(groter);
    this.fasen.set(oud.fasen);
    this.rijen.set(oud.rijen);
    this.gemeenten.set(oud.gemeenten);
  }

  /** The phase index of an address, -1 when the sheet does not count it. */
  fase(nummer: number): number {
    return nummer < this.fasen.length ? this.fasen[nummer] : -1;
  }
}
