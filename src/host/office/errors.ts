import { HostError } from "../../app/ports";

export type Phase = "lezen" | "schrijven" | "selecteren";

const DETAIL: Record<string, string> = {
  InvalidOperationInCellEditMode: "Er wordt nog een cel bewerkt; rond dat eerst af (Enter of Esc).",
  InsertDeleteConflict: "Een tabel, filter of samengevoegde cel staat in de weg.",
  MergedRangeConflict: "Samengevoegde cellen staan in de weg.",
  ItemAlreadyExists: "Er bestaat al een werkblad of tabel met die naam.",
};

/**
 * Turns whatever Excel (or the fake) threw into a HostError with a Dutch message, keeping the original as
 * `cause` so nothing is lost: protected sheet, payload over the limit, missing sheet, or anything else.
 */
export function toHostError(error: unknown, phase: Phase): HostError {
  if (error instanceof HostError) return error;
  const code = errorCode(error);
  const host = classify(code, phase, error);
  host.cause = error;
  return host;
}

export function errorCode(error: unknown): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

/**
 * Sheet operations that workbook structure protection refuses (Manage workbooks: "prevent users from
 * adding, deleting, moving, or renaming worksheets"); Excel names the member in debugInfo.errorLocation.
 */
const STRUCTURE_MEMBERS = /^(WorksheetCollection\.add|Worksheet\.(delete|name|visibility))\b/;

function errorLocation(error: unknown): string {
  const info =
    typeof error === "object" && error !== null
      ? (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo
      : undefined;
  return typeof info?.errorLocation === "string" ? info.errorLocation : "";
}

/**
 * A read Excel refuses for its size, not its content: over Excel on the web's 5 MB answer limit, or
 * over the 5 million cells a get may span on every platform ("On all platforms, a range is limited to
 * five million cells for get operations", Performance optimization using the Excel JavaScript API).
 * Both are answered by reading in row bands.
 */
export function isResponseTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RangeExceedsLimit";
}

/**
 * getMergedAreasOrNullObject fails above 512 merged areas (Office.js reference, Range.
 * getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this
 * method will fail"); the error code is not documented, the failing member is.
 */
export function isMergeLimit(error: unknown): boolean {
  return /getMergedAreas/i.test(errorLocation(error));
}

export function missingSheet(sheet: string): HostError {
  return new HostError(
    "missing-sheet",
    `Het werkblad "${sheet}" bestaat niet (meer) in deze werkmap.`
  );
}

function classify(code: string, phase: Phase, error: unknown): HostError {
  switch (code) {
    case "AccessDenied":
      if (STRUCTURE_MEMBERS.test(errorLocation(error)))
        return new HostError(
          "protected",
          "De structuur van de werkmap is beveiligd, dus Regie kan geen werkbladen toevoegen, verwijderen of verbergen. Hef die beveiliging op (Controleren > Werkmap beveiligen) en probeer het opnieuw."
        );
      return new HostError(
        "protected",
        "Het werkblad is beveiligd, dus Regie kan er niets in wijzigen. Hef de beveiliging op (Controleren > Blad beveiligen) en probeer het opnieuw."
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError(
        "too-large",
        "Er gaan te veel gegevens tegelijk tussen Regie en Excel. Maak het werkblad kleiner of gebruik Excel voor Windows of Mac."
      );
    case "ItemNotFound":
      return new HostError(
        "missing-sheet",
        "Een werkblad of bereik dat Regie nodig heeft bestaat niet (meer)."
      );
    default: {
      const reason =
        DETAIL[code] ?? `(${code || (error instanceof Error ? error.message : String(error))})`;
      return new HostError(
        "sync-failed",
        `Excel kon het ${phase} niet afronden. ${reason}`,
        [],
        false,
        phase === "schrijven"
      );
    }
  }
}
