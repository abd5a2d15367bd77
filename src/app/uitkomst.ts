import { HostError } from "./ports";

/** Why a use-case could not do what was asked, in words the user understands. */
export interface Fout {
  code: string;
  bericht: string;
  /** True when the input cannot be used at all (the CLI exits 2 then). */
  onbruikbaar: boolean;
}

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; fout: Fout };

export function gelukt<T>(waarde: T): Uitkomst<T> {
  return { ok: true, waarde };
}

export function mislukt<T>(code: string, bericht: string, onbruikbaar = true): Uitkomst<T> {
  return { ok: false, fout: { code, bericht, onbruikbaar } };
}

/** Cancelled by the user before anything was written. */
export class Afgebroken extends Error {
  constructor() {
    super("Afgebroken");
    this.name = "Afgebroken";
  }
}

/**
 * Runs a use-case body and turns host failures into a Dutch Fout. Programming errors are not
 * caught here: they should surface, not be worded as the user's fault.
 */
export async function metHostFouten<T>(body: () => Promise<Uitkomst<T>>): Promise<Uitkomst<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof Afgebroken)
      return mislukt("afgebroken", "Afgebroken: er is niets gewijzigd.", false);
    if (error instanceof HostError)
      return mislukt(
        `host-${error.code}`,
        error.message,
        error.code === "unreadable" || error.code === "missing-sheet"
      );
    throw error;
  }
}

export function controleerAfbreken(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Afgebroken();
}
