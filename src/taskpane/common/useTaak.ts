import { useCallback, useState } from "react";
import type { Outcome } from "../../app/outcome";
import { onverwachtTekst } from "../../app/host-berichten";
import { foutTekst } from "../../app/weigering-berichten";
import { T } from "../texts";
import type { MeldingData } from "./Melding";

/**
 * Runs one use-case at a time for a panel: busy state, and the outcome as a message (the use-case's
 * Dutch reason when it could not go on, a general line when something unexpected broke).
 */
export function useTaak<Soort extends string>() {
  const [bezig, setBezig] = useState<Soort | null>(null);
  const [melding, setMelding] = useState<MeldingData | null>(null);
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
