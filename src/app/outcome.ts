import type { IsoDate } from "../core/dates/iso";
import type { MijlpaalFoutParams } from "../core/mijlpalen/codes";
import type { VerslagFoutParams } from "../core/verslag/codes";
import { HostError, type HostDetail, type HostErrorCode, type NoParams } from "./ports";

/** The sheet a refusal names. */
type BladParams = { blad: string };

/** What a host refusal carries: the host error's reason and whether part of a batch may have landed. */
export type HostWeigering = { detail: HostDetail; partial: boolean };

/**
 * The milestone core's own refusals (MIJLPAAL_FOUTEN), with the params its wording reads
 * (MIJLPAAL_BERICHTEN in core/mijlpalen/berichten.ts): the core's own type, not a copy of it.
 */
export type MijlpaalWeigeringParams = MijlpaalFoutParams;

/**
 * Every refusal a use-case can give, by code, with what its Dutch sentence names. The wording is
 * in weigering-berichten.ts, one sentence per code; the edges call foutTekst().
 */
export type WeigeringParams = MijlpaalWeigeringParams &
  VerslagFoutParams & {
    [C in HostErrorCode as `host-${C}`]: HostWeigering;
  } & {
    afgebroken: NoParams;
    "lege-werkmap": NoParams;
    /** `bladen`: the sheets the workbook does have, so the user sees the name they meant. */
    "blad-onbekend": BladParams & { bladen: string[] };
    /** `uitleg`: the sheet was asked for by name, so the sentence says what such a header holds. */
    "blad-zonder-kop": BladParams & { uitleg: boolean };
    "geen-actieblad": NoParams;
    /** Marking writes fills, formats a protected sheet refuses even on unlocked cells. */
    /** `bij`: what needs the protection lifted (cell formats and validation refuse on any cell). */
    beveiligd: BladParams & { bij: "markeren" | "keuzelijst" };
    /** `rijen`: the rows of the sheet that is too long, or of all sheets together (`blad` absent). */
    "te-groot": { blad?: string; rijen: number; grens: number };
    "geen-register": NoParams;
    "leeg-register": NoParams;
    "dubbele-naam": NoParams;
    "register-bestaat": BladParams;
    "blad-bestaat": BladParams;
    /** `rij`: the row shown that can no longer be put back; absent when no row is shifted at all. */
    "niets-terug": { rij?: number };
    /** `cellen`: the cells of the row that changed; absent when the row is no longer shifted at all. */
    "voorvertoning-verouderd": { rij: number; cellen?: string[] };
    /** `datum`: the meeting asked for; absent when there is no vastlegging at all. */
    "geen-vastlegging": { datum?: IsoDate };
    "vastleggingen-onbekend": BladParams;
    "ongeldige-cel": NoParams;
    "niets-ongedaan": NoParams;
    /** Another pane (or a colleague) undid the batch between this read and the write. */
    "al-ongedaan": NoParams;
    /** The status dropdown: the list has no status column to put it in. */
    "geen-statuskolom": BladParams;
    /** The status dropdown needs Excel (Range.dataValidation); a file opened by the CLI has none. */
    "keuzelijst-niet-hier": NoParams;
    "keuzelijst-al-aanwezig": BladParams;
    "geen-keuzelijst": BladParams;
    /** A cell's validation changed since the preview (`cel`: the first); nothing was written. */
    "keuzelijst-verouderd": BladParams & { cel: string };
    /** `reden`: what the settings store said, when it said anything. */
    "instellingen-niet-bewaard": { reden?: string };
  };

export type WeigeringCode = keyof WeigeringParams;

/** Why a use-case could not do what was asked: a code and what its sentence names. */
export type Refusal = {
  [C in WeigeringCode]: {
    code: C;
    params: WeigeringParams[C];
    /** True when the input cannot be used at all (the CLI exits 2 then). */
    unusable: boolean;
    /** The file the refusal is about, when it is not the workbook at hand (said before it). */
    file?: string;
  };
}[WeigeringCode];

export type Outcome<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export function succeeded<T>(waarde: T): Outcome<T> {
  return { ok: true, value: waarde };
}

export function refused<C extends WeigeringCode>(
  code: C,
  params: WeigeringParams[C],
  unusable = true
): Outcome<never> {
  return { ok: false, refusal: { code, params, unusable } as Refusal };
}

/** Cancelled by the user before anything was written. */
export class Cancelled extends Error {
  constructor() {
    super("Afgebroken");
    this.name = "Afgebroken";
  }
}

/**
 * Runs a use-case body and turns host failures into a Fout. Programming errors are not
 * caught here: they should surface, not be worded as the user's fault.
 */
export async function withHostErrors<T>(body: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof Cancelled) return refused("afgebroken", {}, false);
    if (error instanceof HostError)
      return refused(
        `host-${error.code}`,
        { detail: error.detail, partial: error.partial },
        error.code === "unreadable" || error.code === "missing-sheet"
      );
    throw error;
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}
