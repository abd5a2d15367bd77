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
    readonly HttpUtility: {
      setCustomSendRequestFunc(send: (request: HttpRequest) => Promise<HttpResponse>): void;
    };
  };
}

type Handler = (request: HttpRequest) => HttpResponse;

let provide: (() => OfficeLibrary) | null = null;
let installed: OfficeLibrary | null = null;
const routes = new Map<string, Handler>();
const ORIGIN = "https://excel-emulator.invalid/";

/** Says where the library comes from (a test setup, the demo); loaded on first use. */
export function provideOfficeLibrary(provider: () => OfficeLibrary): void {
  provide = provider;
  installed = null;
}

/**
 * The library, with one send function that routes each request by its URL to the emulator that opened
 * the route: several emulated workbooks can run side by side on one library.
 */
export function officeLibrary(): OfficeLibrary {
  if (installed) return installed;
  if (!provide)
    throw new Error(
      "excel-emulator: no Office library; call provideOfficeLibrary (test/support/office-library.ts does in tests)"
    );
  const library = provide();
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
  installed = library;
  return library;
}

let routesMade = 0;

/** A URL whose requests reach `handler`, until `close()`. */
export function openRoute(handler: Handler): { url: string; close(): void } {
  const key = `w${++routesMade}`;
  routes.set(key, handler);
  return { url: ORIGIN + key, close: () => routes.delete(key) };
}
