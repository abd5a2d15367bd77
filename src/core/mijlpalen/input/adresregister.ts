import type { AdresId } from "./adres-id";

/** An address with a row but without a readable phase: reported, not counted. */
export const ZONDER_FASE = -1;
/** An address the sheet has no row for. */
export const NIET_IN_LIJST = -2;

/**
 * Every address of a run, numbered in order of first appearance: snapshot sheets keep their
 * phases in arrays by this number, so comparing quarters is a walk over arrays, not over maps.
 */
export class Adresregister {
  /** The Adres-ID of each number as first written. */
  readonly teksten: string[] = [];
  /** The comparison key of each number (see AdresId). */
  readonly sleutels: (string | number)[] = [];
  private readonly nummers = new Map<string | number, number>();

  nummer(id: AdresId): number {
    let nummer = this.nummers.get(id.sleutel);
    if (nummer === undefined) {
      nummer = this.teksten.length;
      this.nummers.set(id.sleutel, nummer);
      this.teksten.push(id.tekst);
      this.sleutels.push(id.sleutel);
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

  /**
   * Where an address stands in this sheet: its phase index, ZONDER_FASE when it has a row but no
   * readable phase (reported, not counted), NIET_IN_LIJST when the sheet has no row for it.
   */
  plek(nummer: number): number {
    if (nummer >= this.fasen.length) return NIET_IN_LIJST;
    if (this.fasen[nummer] >= 0) return this.fasen[nummer];
    return this.rijen[nummer] === -1 ? NIET_IN_LIJST : ZONDER_FASE;
  }

  /** The phase index of an address, -1 when the sheet does not count it. */
  fase(nummer: number): number {
    return nummer < this.fasen.length ? this.fasen[nummer] : -1;
  }
}
