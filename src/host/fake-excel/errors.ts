/**
 * Errors as Office.js raises them: name "RichApi.Error", a `code` from OfficeExtension.ErrorCodes or
 * Excel.ErrorCodes, and `debugInfo`, so code that inspects `error.code` behaves as it would in Excel.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The errors the fake raises, with Excel's codes and (shortened) Excel messages. */
export const officeErrors = {
  propertyNotLoaded: (property: string) =>
    new FakeOfficeError(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
    ),
  valueNotLoaded: () =>
    new FakeOfficeError(
      "ValueNotLoaded",
      'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
    ),
  itemNotFound: (what: string) =>
    new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.", what),
  itemAlreadyExists: (what: string) =>
    new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", what),
  invalidArgument: (detail: string) =>
    new FakeOfficeError(
      "InvalidArgument",
      "The argument is invalid or missing or has an incorrect format.",
      detail
    ),
  invalidOperation: (detail: string) =>
    new FakeOfficeError("InvalidOperation", "The operation is invalid.", detail),
  accessDenied: (sheet: string) =>
    new FakeOfficeError(
      "AccessDenied",
      "The cell or chart you're trying to change is on a protected sheet. You can't perform the requested operation.",
      sheet
    ),
  requestTooLarge: (bytes: number) =>
    new FakeOfficeError(
      "RequestPayloadSizeLimitExceeded",
      "The request payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      `${bytes} bytes`
    ),
  responseTooLarge: (bytes: number) =>
    new FakeOfficeError(
      "ResponsePayloadSizeLimitExceeded",
      "The response payload size has exceeded the limit. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.",
      `${bytes} bytes`
    ),
  general: (detail: string) =>
    new FakeOfficeError("GeneralException", "An internal error has occurred.", detail),
};
