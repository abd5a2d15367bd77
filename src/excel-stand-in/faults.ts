import { EmulatorError } from "./errors";

export interface FaultSpec {
  /** Excel error code to fail with; "GeneralException" by default. */
  code?: string;
  message?: string;
}

export interface SyncFault extends FaultSpec {
  /** Apply this many of the sync's writes first (a half-applied batch); 0 by default. */
  afterWrites?: number;
}

export interface WriteMatch {
  /** Action kind, e.g. "Range.values" or "RangeAreas.format.fill.color" (a RegExp matches a family). */
  kind?: string | RegExp;
  sheet?: string;
  /** Fail only the nth matching write (1-based), counted from when the fault is registered. */
  nth?: number;
}

/**
 * Makes chosen syncs or writes fail the way Excel fails them: a rejected sync after the preceding actions
 * of its batch were applied (Excel does not roll a batch back).
 */
export class FaultInjector {
  private readonly syncFaults = new Map<number, SyncFault>();
  private writeFaults: Array<{ match: WriteMatch; spec: FaultSpec; seen: number }> = [];
  /** How many injected write faults were thrown: a test can tell "refused" from "never asked". */
  firedWrites = 0;

  constructor(private readonly syncsSoFar: () => number) {}

  /** Fails sync number `index` (1-based, counted over the workbook's life). */
  failSync(index: number, fault: SyncFault = {}): void {
    this.syncFaults.set(index, fault);
  }

  failNextSync(fault: SyncFault = {}): void {
    this.failSync(this.syncsSoFar() + 1, fault);
  }

  failWrite(match: WriteMatch, spec: FaultSpec = {}): void {
    this.writeFaults.push({ match, spec, seen: 0 });
  }

  clear(): void {
    this.syncFaults.clear();
    this.writeFaults = [];
  }

  /** For the engine: the fault planned for this sync, if any. */
  takeSyncFault(index: number): { error: EmulatorError; afterWrites: number } | undefined {
    const fault = this.syncFaults.get(index);
    if (!fault) return undefined;
    this.syncFaults.delete(index);
    return {
      error: toError(fault, `injected fault on sync ${index}`),
      afterWrites: fault.afterWrites ?? 0,
    };
  }

  /** For the engine: throws when a registered write fault matches this write. */
  checkWrite(kind: string, sheet: string | null): void {
    for (const fault of this.writeFaults) {
      const { kind: k, sheet: s, nth } = fault.match;
      const kindOk = k === undefined || (typeof k === "string" ? k === kind : k.test(kind));
      const sheetOk =
        s === undefined || (sheet !== null && s.toLowerCase() === sheet.toLowerCase());
      if (!kindOk || !sheetOk) continue;
      fault.seen++;
      if (nth === undefined || nth === fault.seen) {
        this.firedWrites++;
        throw toError(fault.spec, `injected fault on ${kind}`);
      }
    }
  }
}

function toError(spec: FaultSpec, location: string): EmulatorError {
  return new EmulatorError(
    spec.code ?? "GeneralException",
    spec.message ?? "An internal error has occurred.",
    location
  );
}
