import { koppelActies } from "./koppel";
import { wijzigingen } from "./verschil";
import type { ActieVersie, Lijstversie } from "./versie";

/** How often an action's deadline moved across the kept versions, and since which one it is known. */
export interface DeadlineVerloop {
  /** Times the deadline changed from one version to the next (any direction). */
  aantal: number;
  /** YYYY-MM-DD: the earliest dated version the action is traced back to. */
  sinds: string;
}

/**
 * Follows each action of the last version back through the earlier ones (oldest first), matching
 * version to version as `verschil` does, and counts how often its deadline moved on the way.
 * Keyed by the action's row in the last version; actions with no earlier dated version are absent.
 */
export function deadlineVerloop(versies: readonly Lijstversie[]): Map<number, DeadlineVerloop> {
  const uit = new Map<number, DeadlineVerloop>();
  if (versies.length < 2) return uit;
  const laatste = versies[versies.length - 1];
  // Per action of the last version: its counterpart in the version being looked at, going back.
  let spoor = new Map<ActieVersie, { hier: ActieVersie; aantal: number; sinds: string | null }>(
    laatste.acties.map((a) => [a, { hier: a, aantal: 0, sinds: laatste.datum ?? null }])
  );
  for (let v = versies.length - 2; v >= 0; v--) {
    const eerder = versies[v];
    const terug = new Map(
      koppelActies(eerder.acties, versies[v + 1].acties).map((p) => [p.nieuw, p.oud])
    );
    const verder = new Map<
      ActieVersie,
      { hier: ActieVersie; aantal: number; sinds: string | null }
    >();
    for (const [actie, s] of spoor) {
      const vorig = terug.get(s.hier);
      if (!vorig) continue;
      verder.set(actie, {
        hier: vorig,
        aantal: s.aantal + (verschoven(vorig, s.hier) ? 1 : 0),
        sinds: eerder.datum ?? s.sinds,
      });
    }
    for (const [actie, s] of spoor)
      if (!verder.has(actie) && s.sinds) uit.set(actie.row, { aantal: s.aantal, sinds: s.sinds });
    spoor = verder;
  }
  for (const [actie, s] of spoor)
    if (s.sinds) uit.set(actie.row, { aantal: s.aantal, sinds: s.sinds });
  // The last version itself is no history: an action only known there has none.
  for (const a of laatste.acties) if (uit.get(a.row)?.sinds === laatste.datum) uit.delete(a.row);
  return uit;
}

/** The deadline changed as `verschil` sees a change: another due date, or another text without one. */
function verschoven(a: ActieVersie, b: ActieVersie): boolean {
  return wijzigingen(a, b).some((w) => w.veld === "deadline");
}
