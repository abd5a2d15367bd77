import { hostDetail, HostError, type Phase } from "../../app/ports";

export type { Phase } from "../../app/ports";

/**
 * Turns whatever Excel (or the fake) threw into a HostError with its reason, keeping the original as
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
  return new HostError("missing-sheet", hostDetail("sheet-missing", { sheet }));
}

function classify(code: string, phase: Phase, error: unknown): HostError {
  switch (code) {
    case "AccessDenied":
      return new HostError(
        "protected",
        hostDetail(
          STRUCTURE_MEMBERS.test(errorLocation(error)) ? "structure-protected" : "sheet-protected",
          {}
        )
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError("too-large", hostDetail("payload-too-large", {}));
    case "ItemNotFound":
      return new HostError("missing-sheet", hostDetail("item-missing", {}));
    default:
      return new HostError(
        "sync-failed",
        hostDetail("excel-failed", {
          phase,
          excelCode: code,
          error: error instanceof Error ? error.message : String(error),
        }),
        { partial: phase === "schrijven" }
      );
  }
}
