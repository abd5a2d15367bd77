import { useCallback, useEffect, useRef, useState } from "react";
import type { Outcome } from "../../app/outcome";
import { onverwachtTekst } from "../../app/host-berichten";
import { foutTekst } from "../../app/weigering-berichten";
import { T } from "../texts";
import type { MeldingData } from "./Melding";

/**
 * Runs one use-case at a time for a panel: busy state, and the outcome as a message (the use-case's
 * Dutch reason when it could not go on, a general line when something unexpected broke).
 */
export function useTaak<Soort extends string>(
  /**
   * What the panel's actions read from its fields (sheet, dates, chosen file), as one key: when it
   * changes, an error or warning about the earlier input is gone with its cause (issue 26: a red
   * message stayed after the user had chosen another sheet). Confirmations stay: they carry undo.
   */
  invoer?: string
) {
  const [bezig, setBezig] = useState<Soort | null>(null);
  const [melding, setMelding] = useState<MeldingData | null>(null);
  const eerder = useRef(invoer);
  useEffect(() => {
    if (eerder.current === invoer) return;
    eerder.current = invoer;
    setMelding((m) => (m && m.intent !== "success" && m.intent !== "info" ? null : m));
  }, [invoer]);
  const voerUit = useCallback(
    async <W>(
      soort: Soort,
      taak: () => Promise<Outcome<W>>,
      bijSucces: (waarde: W) => void | Promise<void>,
      /** When it failed: the panel drops results the failure makes stale. */
      bijFout?: () => void
    ) => {
      setBezig(soort);
      setMelding(null);
      try {
        const uitkomst = await taak();
        if (uitkomst.ok) await bijSucces(uitkomst.value);
        else {
          bijFout?.();
          setMelding({
            intent: uitkomst.refusal.unusable ? "error" : "warning",
            tekst: foutTekst(uitkomst.refusal),
          });
        }
        return uitkomst.ok ? null : uitkomst.refusal;
      } catch (error) {
        bijFout?.();
        setMelding({
          intent: "error",
          tekst: T.fout.algemeen,
          detail: onverwachtTekst(error),
        });
        return null;
      } finally {
        setBezig(null);
      }
    },
    []
  );
  return { bezig, melding, setMelding, voerUit };
}
