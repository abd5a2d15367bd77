/**
 * An error the emulated host answers a request with: Excel's error `code` (Excel.ErrorCodes), its message,
 * the API member that failed (`location`, what Office.js shows as debugInfo.errorLocation) and the HTTP
 * status Excel on the web sends with it. Microsoft's client library turns it into an OfficeExtension.Error.
 */
export class EmulatorError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location = "",
    readonly httpStatus = 400
  ) {
    super(message);
    this.name = "EmulatorError";
  }
}

/** The errors the emulator answers with: Excel's codes, Excel's (English) messages. */
export const hostErrors = {
  itemNotFound: (what: string) =>
    new EmulatorError("ItemNotFound", "The requested resource doesn't exist.", what, 404),
  itemAlreadyExists: (what: string) =>
    new EmulatorError("ItemAlreadyExists", "The resource already exists.", what, 409),
  invalidArgument: (detail: string) =>
    new EmulatorError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      detail
    ),
  invalidOperation: (detail: string) =>
    new EmulatorError("InvalidOperation", "The operation is invalid for the object.", detail),
  accessDenied: (detail: string) =>
    new EmulatorError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. You can't perform the requested operation.",
      detail,
      403
    ),
  structureProtected: (detail: string) =>
    new EmulatorError(
      "AccessDenied",
      "The workbook's structure is protected. You can't add, delete, rename, move, hide or unhide sheets.",
      detail,
      403
    ),
  requestTooLarge: (bytes: number) =>
    new EmulatorError(
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      `${bytes} bytes`,
      413
    ),
  responseTooLarge: (bytes: number) =>
    new EmulatorError(
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      `${bytes} bytes`
    ),
  rangeExceedsLimit: (cells: number) =>
    new EmulatorError(
      "RangeExceedsLimit",
      "The cell count in the range has exceeded the maximum supported number.",
      `${cells} cells`
    ),
  general: (detail: string) =>
    new EmulatorError("GeneralException", "An internal error has occurred.", detail, 500),
  notImplemented: (member: string) =>
    new EmulatorError(
      "ApiNotFound",
      "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
      `excel-stand-in: ${member} is not emulated`
    ),
};
