import type { Finding, Severity } from "../findings";

/** Every finding about how an owner is written, with how bad it is. */
export const ACCOUNTHOUDER_CODES = {
  "accounthouder-dubbelzinnig": "warning",
} as const satisfies Record<string, Severity>;

export type AccounthouderCode = keyof typeof ACCOUNTHOUDER_CODES;

/** The params of each code: a wrong or missing one is a compile error, not "(undefined)". */
export type AccounthouderParams = {
  "accounthouder-dubbelzinnig": {
    /** The owner as written ("Anja W."). */
    tekst: string;
    /** The registry's people who fit, by name, separated by "; " (as aliases are). */
    kandidaten: string;
    aantal: number;
    /** The first action row naming it (omitted outside an action list). */
    row?: number;
  };
};

export type AccounthouderFinding<C extends AccounthouderCode = AccounthouderCode> = Omit<
  Finding<C>,
  "params"
> & { params: AccounthouderParams[C] };

/** Separates candidates inside the `kandidaten` param. */
export const KANDIDAAT_SCHEIDING = "; ";

/** The candidates of an ambiguous owner, by name, from its `kandidaten` param. */
export function kandidatenLijst(kandidaten: string | number | undefined): string[] {
  const tekst = String(kandidaten ?? "");
  return tekst === "" ? [] : tekst.split(KANDIDAAT_SCHEIDING);
}

/** The kind of each finding, as a group heading. */
export const ACCOUNTHOUDER_SOORTEN: Record<AccounthouderCode, string> = {
  "accounthouder-dubbelzinnig": "Accounthouder past bij meer personen",
};

/** The Dutch wording of every owner finding, by code. */
export const ACCOUNTHOUDER_BERICHTEN: {
  [C in AccounthouderCode]: (p: AccounthouderParams[C]) => string;
} = {
  "accounthouder-dubbelzinnig": (p) =>
    `"${p.tekst}" past bij ${p.aantal} personen in het register: ${ofLijst(p.kandidaten.split(KANDIDAAT_SCHEIDING))}. Regie kiest niet; schrijf de naam voluit of geef hem als alias aan één persoon.`,
};

function ofLijst(namen: readonly string[]): string {
  return namen.length <= 1
    ? namen.join("")
    : `${namen.slice(0, -1).join(", ")} of ${namen[namen.length - 1]}`;
}

/**
 * Why an owner as written is not recognised, as the pane says it: beside the finding (validation),
 * the cell (normalisation preview) and the name (overview). Several people fit it (the candidates,
 * never chosen), or nobody in the registry does.
 */
export const NIET_HERKEND = {
  dubbelzinnig: (tekst: string, kandidaten: readonly string[]) =>
    `'${tekst}' kan zijn: ${kandidaten.join(", ")}; Regie kiest niet.`,
  dubbelzinnigAdvies:
    "Schrijf de naam voluit, of geef deze schrijfwijze op het blad Accounthouders als alias aan één persoon.",
  onbekend: (tekst: string) => `'${tekst}' staat niet in het register, ook niet als alias.`,
  onbekendAdvies:
    "Zet de persoon op het blad Accounthouders, of deze schrijfwijze als alias bij de juiste persoon.",
};

/** The reason and the advice for one owner as written that is not recognised. */
export function nietHerkend(
  tekst: string,
  kandidaten: readonly string[] = []
): { reden: string; advies: string } {
  return kandidaten.length > 1
    ? {
        reden: NIET_HERKEND.dubbelzinnig(tekst, kandidaten),
        advies: NIET_HERKEND.dubbelzinnigAdvies,
      }
    : { reden: NIET_HERKEND.onbekend(tekst), advies: NIET_HERKEND.onbekendAdvies };
}

/** Whether a code read from outside (JSON, a stored sheet) is one of the accounthouders'. */
export function isAccounthouderCode(code: string): code is AccounthouderCode {
  return Object.hasOwn(ACCOUNTHOUDER_CODES, code);
}

/** The words of "Kopieer als e-mailtekst": plain Dutch text for a mail to one accounthouder. */
export const MAIL_TEKST = {
  kop: (naam: string, peildatum: string) =>
    `Openstaande acties voor ${naam} (peildatum ${peildatum}):`,
  geen: "Geen openstaande acties.",
  licht: {
    overdue: (dagen: number) => `verlopen, ${dagenTekst(dagen)}`,
    "due-soon": (dagen: number) =>
      dagen === 0 ? "binnenkort, vandaag" : `binnenkort, nog ${dagenTekst(dagen)}`,
    "on-track": (dagen: number) => `op schema, nog ${dagenTekst(dagen)}`,
    "no-deadline": () => "geen concrete deadline",
  },
  deadline: (datum: string, geschreven: string | null) =>
    geschreven ? `deadline ${datum}, "${geschreven}"` : `deadline ${datum}`,
  alleenGeschreven: (geschreven: string) => `deadline "${geschreven}"`,
  zonderDeadline: "geen deadline",
  zonderOmschrijving: (rij: number) => `(rij ${rij}, zonder omschrijving)`,
  telling: (open: number, verlopen: number, binnenkort: number) =>
    `${open} ${open === 1 ? "open actie" : "open acties"}, waarvan ${verlopen} verlopen en ${binnenkort} binnenkort.`,
};

function dagenTekst(n: number): string {
  return n === 1 ? "1 dag" : `${n} dagen`;
}
