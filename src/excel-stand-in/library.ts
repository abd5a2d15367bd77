import type { RequirementSets } from "./profiles";
import type { HttpRequest, HttpResponse } from "./protocol";

/**
 * Microsoft's Excel client library as the emulator drives it: the `Excel` and `OfficeExtension` globals
 * that excel-web-16.00.js defines (loaded in Node by node-library.ts, in the browser by a script tag).
 */
export interface OfficeLibrary {
  readonly Excel: {
    readonly RequestContext: new (url: string) => Excel.RequestContext;
    run<T>(
      context: Excel.RequestContext,
      batch: (context: Excel.RequestContext) => Promise<T>
    ): Promise<T>;
  };
  readonly OfficeExtension: {
    readonly CommonUtility?: { _doApiNotSupportedCheck?: boolean };
    readonly HttpUtility: {
      setCustomSendRequestFunc(send: (request: HttpRequest) => Promise<HttpResponse>): void;
    };
    /**
     * The library's own test hooks for its RichApi event path (GenericEventRegistration in
     * excel-web-16.00.debug.js): what makes its event registration ready without Office's
     * RichApi message manager, and what delivers a host's event message to the handlers.
     */
    _testSetRichApiMessageReadyImpl?(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent?(message: RichApiMessage): void;
  };
  /** `Office` (its `context` is a getter over OSF._OfficeAppFactory.getContext()). */
  readonly Office?: { readonly context?: { readonly requirements?: Requirements } };
  readonly OSF?: { _OfficeAppFactory?: { getContext(): unknown } };
  readonly OfficeExt?: {
    readonly Requirement: {
      readonly RequirementMatrix: new (setMap: unknown) => Requirements;
      readonly DefaultSetRequirement: new (sets: Record<string, number>) => unknown;
    };
  };
}

/** A host's event message as the library reads it (GenericEventRegistration._handleRichApiMessage). */
export interface RichApiMessage {
  entries: {
    messageCategory: number;
    messageType: number;
    targetId: string;
    /** The event's payload, as JSON text. */
    message: string;
  }[];
}

/** Office.context.requirements: Microsoft's RequirementMatrix. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string | number): boolean;
}

type Handler = (request: HttpRequest) => HttpResponse;

let provide: (() => OfficeLibrary) | null = null;
/** One library per requirement-set level: the library asks `Office.context` globally, not per context. */
const installed = new Map<string, OfficeLibrary>();
const routes = new Map<string, Handler>();
const ORIGIN = "https://excel-stand-in.invalid/";

/** Says where the library comes from (a test setup, the demo); loaded on first use. */
export function provideOfficeLibrary(provider: () => OfficeLibrary): void {
  provide = provider;
  installed.clear();
}

/**
 * The library for a host with these requirement sets, with one send function that routes each request
 * by its URL to the emulator that opened the route: several emulated workbooks can run side by side on
 * one library. Each level gets a library of its own (the provider is asked again), whose
 * `Office.context.requirements.isSetSupported` answers from `sets`.
 */
export function officeLibrary(sets: RequirementSets): OfficeLibrary {
  const key = JSON.stringify(Object.entries(sets).sort());
  const known = installed.get(key);
  if (known) return known;
  if (!provide)
    throw new Error(
      "excel-stand-in: no Office library; call provideOfficeLibrary (test/support/office-library.ts does in tests)"
    );
  const library = provide();
  for (const other of installed.values())
    if (other === library)
      throw new Error(
        "excel-stand-in: the provider gave the same library for two requirement-set levels (one profile per page)"
      );
  answerRequirements(library, sets);
  // No Office host to carry event messages: the library's registration is ready at once, and the
  // emulators deliver their events through _testTriggerRichApiMessageEvent (workbook.ts).
  library.OfficeExtension._testSetRichApiMessageReadyImpl?.(() => Promise.resolve());
  library.OfficeExtension.HttpUtility.setCustomSendRequestFunc((request) => {
    const key = request.url.slice(ORIGIN.length).split("/")[0];
    const handler = routes.get(key);
    if (!handler)
      return Promise.resolve({
        statusCode: 404,
        headers: {},
        body: JSON.stringify({
          error: { code: "GeneralException", message: "no emulator at " + request.url },
        }),
      });
    // Answered asynchronously, as a host across a wire is.
    return Promise.resolve().then(() => handler(request));
  });
  installed.set(key, library);
  return library;
}

/**
 * Gives the library an `Office.context` whose `requirements` is Microsoft's own RequirementMatrix over
 * `sets`: without one, CommonUtility.isSetSupported answers true for any set and version (the audit's
 * "1.99"). Only where no host made a context (Office.js in Excel): the demo outside Excel, the tests.
 *
 * The library also gates every member on its set (`throwIfApiNotSupported("Range.getPrecedents",
 * "ExcelApi", "1.14")`), but in this build the gate is off: it reads CommonUtility._doApiNotSupportedCheck
 * while the library sets Utility's (a subclass copy). Turned on here, a member above the profile's sets
 * fails with ApiNotFound, as a host without it answers ("may be available in a newer version of Excel",
 * error table of "Error handling with the application-specific JavaScript APIs"); that it fails when
 * called rather than at the sync is the one difference (assumption that nothing relies on the timing).
 */
function answerRequirements(library: OfficeLibrary, sets: RequirementSets): void {
  const osf = library.OSF;
  const requirement = library.OfficeExt?.Requirement;
  const common = library.OfficeExtension.CommonUtility;
  if (!osf || !requirement || !common || osf._OfficeAppFactory) return;
  const requirements = new requirement.RequirementMatrix(
    new requirement.DefaultSetRequirement({ ...sets })
  );
  const context = { requirements };
  osf._OfficeAppFactory = { getContext: () => context };
  common._doApiNotSupportedCheck = true;
}

let routesMade = 0;

/** A URL whose requests reach `handler`, until `close()`. */
export function openRoute(handler: Handler): { url: string; close(): void } {
  const key = `w${++routesMade}`;
  routes.set(key, handler);
  return { url: ORIGIN + key, close: () => routes.delete(key) };
}
