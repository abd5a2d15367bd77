import { tijdstipTekst } from "../app/regie";

/** Where the CLI writes: injectable so tests run commands in-process and read what they printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's date, YYYY-MM-DD: the default peildatum. Read here, never in the core. */
  vandaag(): string;
  /** Now, as the Wijzigingslog shows it: 2021-02-24 10:15:03. */
  tijdstip(): string;
}

export const EXIT = { ok: 0, bevindingen: 1, onbruikbaar: 2 } as const;

export function procesIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
    vandaag: () => tijdstipTekst(new Date()).slice(0, 10),
    tijdstip: () => tijdstipTekst(new Date()),
  };
}

/** The user's mistake: one Dutch line on stderr, exit 2, no stack trace. */
export class CliFout extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliFout";
  }
}

/** What the file system said, by errno code, for a reading or writing that failed. */
const SYSTEEMFOUTEN: Record<string, string> = {
  EACCES: "Geen toegang tot",
  EPERM: "Geen toegang tot",
  EROFS: "Alleen lezen, niet te schrijven:",
  EBUSY: "In gebruik (open in Excel?):",
  ENOSPC: "De schijf is vol; niet geschreven:",
  ENOENT: "Niet gevonden:",
  EISDIR: "Een map, geen bestand:",
};

/** A failed file operation as one Dutch sentence; undefined for anything else. */
export function systeemBericht(error: unknown): string | undefined {
  const e = error as { code?: unknown; path?: unknown } | null;
  const tekst = typeof e?.code === "string" ? SYSTEEMFOUTEN[e.code] : undefined;
  if (!tekst) return undefined;
  return typeof e?.path === "string" ? `${tekst} ${e.path}` : tekst.replace(/( tot|:)$/, "");
}
