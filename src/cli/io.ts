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
