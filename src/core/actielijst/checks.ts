import type { CellEdit } from "../findings";
import { isExcelError } from "../grid";
import {
  actieBevinding,
  type ActieCode,
  type ActielijstFinding,
  type ActielijstParams,
} from "./codes";
import type { Actie } from "./actie";
import { lijktOnderwerp } from "./shift";
import { AFGERONDE_STATUSSEN, duidStatus } from "./status";
import type { IsoDate } from "../dates/iso";
import { daysBetween } from "../dates/iso";

export type ActieFinding = ActielijstFinding<ActieCode>;

export interface CheckContext {
  sheet: string;
  peildatum: IsoDate;
  /** Cells holding a formula get no proposed fix: a value would replace the formula. */
  isFormule?: (cell: string) => boolean;
}
type Context = CheckContext;

type Check = (actie: Actie, ctx: Context) => ActieFinding[];

/** All checks of one action row, in the order a reader goes through the row. */
export function controleerActie(actie: Actie, ctx: Context): ActieFinding[] {
  return CHECKS.flatMap((check) => check(actie, ctx));
}

const CHECKS: readonly Check[] = [
  controleerVerschuiving,
  controleerStatus,
  controleerDeadline,
  controleerEigenaar,
  controleerTermijn,
];

/** The checks' codes: each is about the action in one row, so its params start with that row. */
type RijCode = {
  [C in ActieCode]: ActielijstParams[C] extends { row: number } ? C : never;
}[ActieCode];

function finding<C extends RijCode>(
  code: C,
  ctx: Context,
  cell: string | undefined,
  actie: Actie,
  ...[params, fix]: {} extends Omit<ActielijstParams[C], "row">
    ? [params?: Omit<ActielijstParams[C], "row">, fix?: CellEdit]
    : [params: Omit<ActielijstParams[C], "row">, fix?: CellEdit]
) {
  // The row goes first, as it always has: the one spread the compiler cannot follow.
  const metRij = { row: actie.row, ...params } as ActielijstParams[C];
  return actieBevinding(
    code,
    { sheet: ctx.sheet, cell: cell ?? `A${actie.row}` },
    metRij,
    fix && !ctx.isFormule?.(fix.cell) ? fix : undefined
  );
}

function isOpen(actie: Actie): boolean {
  return !(actie.status && AFGERONDE_STATUSSEN.has(actie.status)) && !actie.deadline.sent;
}

function controleerStatus(actie: Actie, ctx: Context): ActieFinding[] {
  if (isExcelError(actie.statusTekst))
    return [
      finding("cel-foutwaarde", ctx, actie.cellen.status, actie, { tekst: actie.statusTekst }),
    ];
  const cel = actie.cellen.status;
  const duiding = duidStatus(actie.statusTekst);
  const herstel = (to: string): CellEdit | undefined =>
    cel ? { sheet: ctx.sheet, cell: cel, from: actie.statusTekst, to } : undefined;
  switch (duiding.soort) {
    case "leeg":
      return cel ? [finding("status-ontbreekt", ctx, cel, actie)] : [];
    case "onbekend":
      return [finding("status-onbekend", ctx, cel, actie, { tekst: actie.statusTekst })];
    case "synoniem":
      return [
        finding(
          "status-synoniem",
          ctx,
          cel,
          actie,
          { tekst: actie.statusTekst, status: duiding.status },
          herstel(duiding.status)
        ),
      ];
    case "bijna":
      return [
        finding(
          "status-bijna",
          ctx,
          cel,
          actie,
          { tekst: actie.statusTekst, status: duiding.status },
          herstel(duiding.status)
        ),
      ];
    case "exact":
      return duiding.schrijfwijze
        ? [
            finding(
              "status-schrijfwijze",
              ctx,
              cel,
              actie,
              { tekst: actie.statusTekst, status: duiding.status },
              herstel(duiding.status)
            ),
          ]
        : [];
  }
}

function controleerDeadline(actie: Actie, ctx: Context): ActieFinding[] {
  const cel = actie.cellen.deadline;
  const d = actie.deadline;
  const out: ActieFinding[] = [];
  if (d.kind === "unknown" && isExcelError(d.text))
    out.push(finding("cel-foutwaarde", ctx, cel, actie, { tekst: d.text }));
  else if (d.kind === "unknown")
    out.push(finding("deadline-onleesbaar", ctx, cel, actie, { tekst: d.text }));
  if (isOpen(actie) && !d.due && d.kind !== "unknown" && cel) {
    const code = d.kind === "ongoing" ? "deadline-doorlopend" : "deadline-niet-concreet";
    out.push(finding(code, ctx, cel, actie, { tekst: d.text || "leeg" }));
  }
  if (d.uncertain && d.due)
    out.push(finding("deadline-onzeker", ctx, cel, actie, { tekst: d.text, due: d.due }));
  if (d.sent && actie.status && !AFGERONDE_STATUSSEN.has(actie.status)) {
    const statusCel = actie.cellen.status;
    const fix = statusCel
      ? { sheet: ctx.sheet, cell: statusCel, from: actie.statusTekst, to: "Verstuurd" }
      : undefined;
    out.push(
      finding(
        "deadline-verzonden-open",
        ctx,
        statusCel ?? cel,
        actie,
        { tekst: d.text, status: actie.status },
        fix
      )
    );
  }
  return out;
}

function controleerEigenaar(actie: Actie, ctx: Context): ActieFinding[] {
  const cel = actie.cellen.accounthouder;
  if (!cel || !isOpen(actie)) return [];
  if (actie.eigenaren.length === 0) return [finding("accounthouder-ontbreekt", ctx, cel, actie)];
  if (actie.eigenaren.includes("N.t.b.")) return [finding("accounthouder-ntb", ctx, cel, actie)];
  return [];
}

function controleerVerschuiving(actie: Actie, ctx: Context): ActieFinding[] {
  const out: ActieFinding[] = [];
  const verschoven = actie.bron.verschoven;
  if (verschoven)
    out.push(
      finding("rij-verschoven", ctx, `A${actie.row}`, actie, {
        richting: verschoven.richting,
        status: actie.statusTekst,
        accounthouder: actie.accounthouder,
        deadline: actie.deadline.text,
        terug: verschoven.terug ? verschoven.terug.length : "nee",
      })
    );
  else if (lijktOnderwerp(actie.actie))
    out.push(
      finding("actie-lijkt-onderwerp", ctx, actie.cellen.actie, actie, { tekst: actie.actie })
    );
  return out;
}

function controleerTermijn(actie: Actie, ctx: Context): ActieFinding[] {
  const due = actie.deadline.due;
  if (!due) return [];
  const dagen = daysBetween(ctx.peildatum, due);
  if (actie.verkeerslicht === "overdue")
    return [
      finding("actie-verlopen", ctx, actie.cellen.deadline, actie, {
        due,
        dagen: -dagen,
        peildatum: ctx.peildatum,
      }),
    ];
  if (actie.verkeerslicht === "due-soon")
    return [finding("actie-binnenkort", ctx, actie.cellen.deadline, actie, { due, dagen })];
  return [];
}
