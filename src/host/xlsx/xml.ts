import { SaxesParser } from "saxes";
import { ONDERDEEL_REDEN } from "../../app/host-berichten";
import type { PartReason } from "../../app/ports";

/**
 * Namespace-aware XML events over one package part. saxes (the parser exceljs itself uses) checks
 * well-formedness and decodes entities and CDATA; no DTD or external entity is ever fetched. The
 * namespaces are resolved here rather than by saxes: its own resolution doubled the time of a
 * 28,000-row sheet, while producers declare namespaces almost only on the root. Elements are told
 * apart by namespace URI and local name, so `<x:c>` (the OpenXML SDK's prefix) and `<c>` are the
 * same cell, and an `<f>` of another namespace is no formula.
 */
export interface XmlTag {
  local: string;
  /** The element's namespace URI; "" when it has none (or its prefix is not declared). */
  uri: string;
  /** Attributes by qualified name, values decoded (none on a closing tag). */
  attributes: Record<string, string>;
  /** Prefix -> URI in scope, for attributes with a prefix (r:id). */
  scope: ReadonlyMap<string, string>;
  isSelfClosing: boolean;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(tag: XmlTag): void;
  /** Character data (text and CDATA), possibly in more than one piece per element. */
  text?(text: string): void;
}

/** SpreadsheetML main namespace: transitional (what Excel writes) and strict. */
export const MAIN_NS = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

const RELATIONSHIPS_NS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);

/** A package part that is missing, not unpackable or not well-formed XML; `part` is its zip path. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly reason: PartReason,
    /** The parser's own (English) words, for a log or a test; never shown to the user. */
    readonly detail = "",
    /** The row or cell the part names, shown to the user (buiten-raster). */
    readonly reference?: string
  ) {
    super(`onderdeel ${part}: ${ONDERDEEL_REDEN[reason]}${detail ? ` (${detail})` : ""}`);
    this.name = "PartError";
  }
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

interface Resolved {
  local: string;
  uri: string;
}

interface Scope {
  depth: number;
  map: Map<string, string>;
  names: Map<string, Resolved>;
}

function newScope(depth: number, map: Map<string, string>): Scope {
  return { depth, map, names: new Map() };
}

export function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  // Without position tracking (a tenth of the time): a part's errors name the part, not the line.
  const parser = new SaxesParser<{ xmlns: false; position: false }>({
    xmlns: false,
    position: false,
  });
  // Scopes are pushed only by elements that declare namespaces; `depth` tells whose scope is on top.
  // Each remembers its tag names resolved: a sheet repeats a handful of names millions of times.
  const scopes: Scope[] = [newScope(-1, new Map([["xml", XML_NS]]))];
  // One tag object, refilled per event: handlers read it there and then (a sheet has millions).
  const tag: XmlTag = {
    local: "",
    uri: "",
    attributes: NO_ATTRIBUTES,
    scope: scopes[0].map,
    isSelfClosing: false,
  };
  const open: Resolved[] = [];
  // Every declaration has "xmlns" in its name: once all of them are seen (usually all on the root),
  // no further tag's attributes need looking at. An "xmlns" in text only keeps the look going.
  let undeclared = occurrences(xml, "xmlns");
  parser.on("opentag", (raw) => {
    let scope = scopes[scopes.length - 1];
    const depth = open.length;
    if (undeclared > 0)
      for (const key in raw.attributes)
        if (key === "xmlns" || key.startsWith("xmlns:")) {
          undeclared--;
          if (scope.depth !== depth) {
            scope = newScope(depth, new Map(scope.map));
            scopes.push(scope);
          }
          scope.map.set(key === "xmlns" ? "" : key.slice(6), raw.attributes[key]);
        }
    let resolved = scope.names.get(raw.name);
    if (!resolved) {
      const colon = raw.name.indexOf(":");
      resolved = {
        local: colon < 0 ? raw.name : raw.name.slice(colon + 1),
        uri: scope.map.get(colon < 0 ? "" : raw.name.slice(0, colon)) ?? "",
      };
      scope.names.set(raw.name, resolved);
    }
    tag.local = resolved.local;
    tag.uri = resolved.uri;
    tag.attributes = raw.attributes;
    tag.scope = scope.map;
    tag.isSelfClosing = raw.isSelfClosing;
    open.push(resolved);
    handlers.open?.(tag);
  });
  parser.on("closetag", () => {
    const resolved = open.pop() as Resolved;
    tag.local = resolved.local;
    tag.uri = resolved.uri;
    tag.attributes = NO_ATTRIBUTES;
    if (scopes[scopes.length - 1].depth === open.length) scopes.pop();
    tag.scope = scopes[scopes.length - 1].map;
    handlers.close?.(tag);
  });
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof PartError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new PartError(part, xmlReason(detail), detail);
  }
}

/**
 * saxes' English message as a reason the user reads in Dutch. Its wording ("undefined entity",
 * "unclosed tag: x", "unexpected close tag") is saxes' own (lib/saxes.ts); anything else is
 * "geen geldige XML".
 */
function xmlReason(message: string): PartReason {
  if (/entity/i.test(message)) return "xml-onbekende-entiteit";
  if (/unclosed|unexpected end|close tag/i.test(message)) return "xml-niet-afgesloten";
  return "xml-ongeldig";
}

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** True for an element of the SpreadsheetML namespace with this local name. */
export function isMain(tag: XmlTag, local: string): boolean {
  return tag.local === local && MAIN_NS.has(tag.uri);
}

/** An unprefixed attribute (unprefixed attributes belong to no namespace). */
export function attr(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name];
}

/** The r:id of an element, whatever prefix the producer bound to the relationships namespace. */
export function relId(tag: XmlTag): string | undefined {
  for (const key in tag.attributes) {
    const colon = key.indexOf(":");
    if (
      colon > 0 &&
      key.slice(colon + 1) === "id" &&
      RELATIONSHIPS_NS.has(tag.scope.get(key.slice(0, colon)) ?? "")
    )
      return tag.attributes[key];
  }
  return undefined;
}

/** xsd:boolean: "1" and "true" (any other value, or none, is `fallback`). */
export function isTrue(value: string | undefined, fallback = false): boolean {
  if (value === undefined) return fallback;
  return value === "1" || value === "true";
}
