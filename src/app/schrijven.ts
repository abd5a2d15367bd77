import { HostError, type WorkbookPort, type WorkbookSummary, type WriteOp } from "./ports";

/**
 * Builds the writes that put back what was there before, given which sheets exist after the failure
 * and the failure itself (a "changed" failure says what the guarded cells held).
 */
export type Herstel = (naFout: WorkbookSummary, fout: HostError) => WriteOp[];

/**
 * Writes all operations, or none: Excel does not roll back a batch that fails half way (a protected
 * sheet, a lost connection, a payload over the limit), so on failure Regie looks at what exists and
 * writes back what it read before. The user hears what happened and that nothing changed, or, should
 * even that fail, exactly what to check.
 */
export async function schrijfAllesOfNiets(
  port: WorkbookPort,
  ops: readonly WriteOp[],
  herstel: Herstel,
  wat: string,
  teruggezet = "alles is teruggezet zoals het was."
): Promise<void> {
  if (ops.length === 0) return;
  try {
    await port.write(ops);
  } catch (fout) {
    if (!(fout instanceof HostError)) throw fout;
    const reden = fout.message;
    // Refused before anything changed (the file could not even be loaded): nothing to put back.
    if (fout.nothingWritten)
      throw new HostError(fout.code, `${wat} is mislukt: ${reden}`, [], true);
    try {
      const na = await port.summary({ rows: 3, columns: 2 });
      const terug = herstel(na, fout);
      if (terug.length > 0) await port.write(terug);
    } catch {
      const deels = fout.partial ? " Een deel van de wijzigingen kan al zijn doorgevoerd." : "";
      throw new HostError(
        fout.code,
        `${wat} is mislukt en niet alles kon worden teruggezet. ${reden}${deels} Controleer de bladen ${bladen(ops)} of gebruik Ongedaan maken.`,
        [],
        false,
        fout.partial
      );
    }
    throw new HostError(fout.code, `${wat} is mislukt; ${teruggezet} ${reden}`);
  }
}

function bladen(ops: readonly WriteOp[]): string {
  return [...new Set(ops.map((o) => `"${o.sheet}"`))].join(", ");
}

/** Whether a sheet exists after the failure (it may or may not have been added or deleted). */
export function bestaat(summary: WorkbookSummary, sheet: string): boolean {
  return summary.sheets.some((s) => s.name === sheet);
}
