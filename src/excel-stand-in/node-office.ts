import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { HOST_ORIGIN, ADDIN_ID, type OfficeHost } from "./office-host";

/**
 * Microsoft's Office library as a task pane page loads it: office.js in a Node vm with the few browser
 * objects it touches. office.js reads the page's URL (`_host_Info`, `_xdm_Info`, as Excel on the web
 * gives an add-in page), then loads the host's own file (excel-web-16.00.js) and its strings
 * (`<locale>/office_strings.js`) from beside itself by script tags, which this window runs from
 * node_modules/@microsoft/office-js/dist. With a host, the page sits in that host's frame and
 * `Office.onReady` completes with `{host: "Excel", platform: "OfficeOnline"}` once the host answered;
 * without one, it is a plain browser tab and office.js itself reports `{host: null, platform: null}`.
 * Node only (tests).
 */
export function loadNodeOffice(host?: OfficeHost): OfficePage {
  const dist = dirname(require.resolve("@microsoft/office-js/dist/office.js"));
  const base = "https://localhost:3000/";
  const query = host ? "?_host_Info=Excel$Web$16.01$nl-NL$$$disableLogging$0" : "";
  const xdm = host ? `#&_xdm_Info=regie-conversation|${ADDIN_ID}|${HOST_ORIGIN}/x/frame` : "";
  const url = new URL(base + "taskpane.html" + query + xdm);
  const listeners = new Map<string, Array<(event: unknown) => void>>();
  const scripts: FakeElement[] = [element("script", base + "office.js")];
  const sandbox: Record<string, unknown> = {
    console: quietConsole(),
    // office.js polls (waitForFunction) and XDM keeps a timeout timer: unref'd, a page left behind by
    // a test does not keep Node running.
    setTimeout: (f: () => void, ms?: number) => setTimeout(f, ms).unref(),
    clearTimeout,
    setInterval: (f: () => void, ms?: number) => setInterval(f, ms).unref(),
    clearInterval,
    Promise,
    URL,
    TextEncoder,
    TextDecoder,
    navigator: { userAgent: "Mozilla/5.0 (excel-stand-in)" },
    location: {
      href: url.href,
      search: url.search,
      hash: url.hash,
      origin: url.origin,
      protocol: url.protocol,
      host: url.host,
      hostname: url.hostname,
      pathname: url.pathname,
      port: url.port,
      replace: () => undefined,
    },
    name: "",
    // A browser window's status-bar text. The library's dialog event handler reads a bare `status`
    // (Facade OpenDialog's onEvent, excel-web-16.00.debug.js) that only resolves to this global.
    status: "",
    opener: null,
    sessionStorage: memoryStorage(),
    localStorage: memoryStorage(),
    history: { replaceState: () => undefined, pushState: () => undefined },
    performance: { now: () => performance.now() },
    addEventListener: (type: string, f: (event: unknown) => void) =>
      listeners.set(type, [...(listeners.get(type) ?? []), f]),
    removeEventListener: (type: string, f: (event: unknown) => void) =>
      listeners.set(
        type,
        (listeners.get(type) ?? []).filter((g) => g !== f)
      ),
  };
  const deliver = (data: string) => {
    for (const f of listeners.get("message") ?? []) f({ data, origin: HOST_ORIGIN, source: frame });
  };
  // The host frame: each message the library posts to window.parent is answered a turn later, as
  // across frames; the host's own later messages (dialog events) follow the answer.
  const frame = {
    postMessage(message: string) {
      const answer = host?.answer(message);
      if (!answer) return;
      setTimeout(() => {
        deliver(JSON.stringify(answer.reply));
        for (const event of answer.events) setTimeout(() => deliver(JSON.stringify(event)), 0);
        answer.delivered?.();
      }, 0);
    },
  };
  // Events the host fires on its own (a ribbon button's function command), a turn later as well.
  host?.connect((message) => setTimeout(() => deliver(JSON.stringify(message)), 0));
  const load = (script: FakeElement) => {
    setTimeout(() => {
      const name = script.src.startsWith(base) ? script.src.slice(base.length) : null;
      let text: string | null = null;
      try {
        text = name ? readFileSync(join(dist, name), "utf8") : null;
      } catch {
        text = null; // a file office.js may try that is not in the package: its own fallback handles it
      }
      if (text === null || name === null) return script.onerror?.();
      runInContext(text, sandbox, { filename: name });
      script.onload?.();
    }, 0);
  };
  const head = {
    appendChild(child: FakeElement) {
      if (child.tagName === "SCRIPT" && child.src) {
        scripts.push(child);
        load(child);
      }
      return child;
    },
  };
  sandbox.document = {
    domain: url.hostname,
    readyState: "complete",
    head,
    body: head,
    documentElement: head,
    createElement: (tag: string) => element(tag),
    getElementsByTagName: (tag: string) =>
      tag === "script" ? scripts : tag === "head" ? [head] : [],
    querySelectorAll: () => [],
    querySelector: () => null,
    getElementById: () => null,
    addEventListener: () => undefined,
  };
  sandbox.parent = host ? frame : sandbox;
  sandbox.top = sandbox.parent;
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  createContext(sandbox);
  runInContext(readFileSync(join(dist, "office.js"), "utf8"), sandbox, { filename: "office.js" });
  return sandbox as unknown as OfficePage;
}

/** What a test reaches of the page: Microsoft's globals, typed by @types/office-js. */
export interface OfficePage {
  readonly Office: typeof Office;
  /** Defined once excel-web-16.00.js has loaded (with a host). */
  readonly Excel?: typeof Excel;
}

interface FakeElement {
  tagName: string;
  src: string;
  onload?: () => void;
  onerror?: () => void;
  [key: string]: unknown;
}

function element(tag: string, src = ""): FakeElement {
  const attributes = new Map<string, string>();
  const el: FakeElement = {
    tagName: tag.toUpperCase(),
    src,
    style: {},
    getAttribute: (k: string) => attributes.get(k) ?? null,
    setAttribute: (k: string, v: string) => attributes.set(k, v),
    appendChild: () => undefined,
    addEventListener: () => undefined,
  };
  return el;
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, String(v)),
    removeItem: (k: string) => void items.delete(k),
    clear: () => items.clear(),
    key: (i: number) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

/** office.js warns outside Office ("loaded outside of Office client"); tests do not need to see it. */
function quietConsole(): Console {
  return { ...console, log: () => undefined, warn: () => undefined, info: () => undefined };
}
