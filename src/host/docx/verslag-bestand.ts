import JSZip from "jszip";
import { hostDetail, HostError } from "../../app/ports";
import { alineasUitTekst, type Alinea } from "../../core/verslag/alinea";
import { CompoundFileError, refuseCompoundFile } from "../xlsx/package-limits";
import { partFile, partText, relationships, type Relationship } from "../xlsx/package-parts";
import { packageRefusal } from "../xlsx/read-errors";
import { PartError } from "../xlsx/xml";
import { documentAlineas } from "./document";
import { leesNummering, leesStijlLijsten, Teller } from "./nummering";

const MB = 1024 * 1024;

/**
 * What a verslag may take. Word's document.xml of a verslag of ten pages is about 100 KB; the
 * caps keep a zip bomb (sizes declared small, unpacking to gigabytes) from costing more than a
 * moment: each part at most 20 MB unpacked, the parts read together 40 MB, a text file 10 MB.
 */
export const VERSLAG_GRENZEN = { part: 20 * MB, total: 40 * MB, tekst: 10 * MB } as const;

/**
 * Reads a verslag file as paragraphs, by what it is, not by its name: a zip is a Word document
 * (.docx), an OLE compound file is refused (a .docx with a password, or an old .doc), anything
 * else is text (UTF-8, UTF-16 with its byte order mark, or Windows-1252 as older Windows saves it).
 * Throws a HostError naming the file and what is wrong, before anything is written.
 */
export async function leesVerslagBestand(
  bytes: Uint8Array,
  naam: string,
  grenzen: { part: number; total: number; tekst: number } = VERSLAG_GRENZEN
): Promise<Alinea[]> {
  if (isZip(bytes)) return leesDocx(bytes, naam, grenzen);
  try {
    refuseCompoundFile(bytes);
  } catch (error) {
    if (error instanceof CompoundFileError)
      throw onleesbaar(naam, error.kind === "encrypted" ? "versleuteld" : "oud-word");
    throw error;
  }
  if (bytes.length > grenzen.tekst)
    throw new HostError(
      "too-large",
      hostDetail("document-unreadable", {
        file: naam,
        soort: "te-groot",
        limitMb: Math.round(grenzen.tekst / MB),
      }),
      { nothingWritten: true }
    );
  return alineasUitTekst(tekstVan(bytes, naam));
}

/** A zip's local file header ("PK\x03\x04") or, for an empty zip, its end record ("PK\x05\x06"). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

async function leesDocx(
  bytes: Uint8Array,
  naam: string,
  grenzen: { part: number; total: number }
): Promise<Alinea[]> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const limits = { part: grenzen.part, total: grenzen.total };
    const root = partFile(zip, "_rels/.rels") ? await relationships(zip, "", limits) : new Map();
    const document = hoofddeel(root) ?? "word/document.xml";
    if (!partFile(zip, document)) throw onleesbaar(naam, "geen-word");
    const rels = await relationships(zip, document, limits);
    const numbering = deel(rels, "/numbering");
    const styles = deel(rels, "/styles");
    const teller = new Teller(
      numbering && partFile(zip, numbering)
        ? leesNummering(await partText(zip, numbering, limits), numbering)
        : new Map(),
      styles && partFile(zip, styles)
        ? leesStijlLijsten(await partText(zip, styles, limits), styles)
        : new Map()
    );
    const alineas = documentAlineas(await partText(zip, document, limits), document, teller);
    if (!alineas) throw onleesbaar(naam, "geen-word");
    return alineas;
  } catch (error) {
    if (error instanceof HostError) throw error;
    const refusal = packageRefusal(naam, error);
    if (refusal) throw refusal;
    if (error instanceof PartError)
      throw onleesbaar(naam, "onderdeel", {
        part: error.part,
        reason: error.reason,
        ...(error.reference && { reference: error.reference }),
      });
    // JSZip's own refusal of a zip it cannot read (a damaged central directory, a wrong checksum).
    throw onleesbaar(naam, "geen-word");
  }
}

const DOCUMENT_TYPE = /\/officeDocument$/;

function hoofddeel(rels: ReadonlyMap<string, Relationship>): string | undefined {
  return [...rels.values()].find((r) => DOCUMENT_TYPE.test(r.type) && !r.external)?.target;
}

function deel(rels: ReadonlyMap<string, Relationship>, soort: string): string | undefined {
  return [...rels.values()].find((r) => r.type.endsWith(soort) && !r.external)?.target;
}

/** Text as saved: UTF-16 by its byte order mark, else UTF-8, else Windows-1252. */
function tekstVan(bytes: Uint8Array, naam: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // A NUL byte is no text of a verslag: some other binary file.
  if (bytes.includes(0)) throw onleesbaar(naam, "geen-tekst");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function onleesbaar(
  file: string,
  soort: "geen-word" | "onderdeel" | "versleuteld" | "oud-word" | "geen-tekst",
  part?: { part: string; reason: PartError["reason"]; reference?: string }
): HostError {
  return new HostError(
    "unreadable",
    hostDetail("document-unreadable", { file, soort, ...(part && { part }) }),
    { nothingWritten: true }
  );
}
