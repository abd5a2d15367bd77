import { hostDetail, HostError, type Phase } from "../../app/ports";

export type { Phase } from "../../app/ports";

/**
 * Turns whatever Excel (or Microsoft's library, answered by the stand-in) threw into a HostError with its reason, keeping the original as
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
 * What real hosts have answered a request or answer over the limits with instead of the documented
 * codes: HTTP 500 with GeneralException, "An internal error has occurred." (OfficeDev/office-js#1314,
 * Excel on the web; OfficeDev/office-js-docs-reference#354 for a large values write), or a bare
 * "Internal Server Error" for a large read (OfficeDev/office-js-docs#1247), which Microsoft's library
 * reports as ConnectionFailure with httpStatusCode 500 (CoreUtility._createDefaultErrorResponse). Any
 * other failure looks the same, so callers take it for size only when the request was large.
 */
export function mayBeTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  if (code === "GeneralException") return true;
  const status =
    typeof error === "object" && error !== null
      ? (error as { httpStatusCode?: unknown }).httpStatusCode
      : undefined;
  return code === "ConnectionFailure" && (status === 500 || status === 413);
}

/** Excel refused a read for its size, whatever code it used: the user's message says so. */
export function tooLarge(cause: unknown): HostError {
  const error = new HostError("too-large", hostDetail("payload-too-large", {}));
  error.cause = cause;
  return error;
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
