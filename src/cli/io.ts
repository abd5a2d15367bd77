import { tijdstipTekst } from "../app/regie";

/** Where the CLI writes: injectable so tests run commands in-process and read what they printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Today's date, YYYY-MM-DD: the default peildatum. Read here, never in the core. */
  today(): string;
  /** Now, as the Wijzigingslog shows it: 2021-02-24 10:15:03. */
  now(): string;
}

export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
    err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
    today: () => tijdstipTekst(new Date()).slice(0, 10),
    now: () => tijdstipTekst(new Date()),
  };
}

/** The user's mistake: one Dutch line on stderr, exit 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}
