import { useCallback } from "react";
import type { Outcome } from "../../app/outcome";
import { useNaarResultaat } from "./useNaarResultaat";
import { useTaak } from "./useTaak";

/**
 * useTaak, and after every action its outcome brought into view and focused (issue 26, point 2):
 * the result the success handler returns a way to bring (a preview, an overview), otherwise the
 * message where the user acted (a confirmation, a refusal, an error). Give `meldingRef` to the
 * element around the panel's Melding, with tabIndex={-1}.
 */
export function useTaakInBeeld<Soort extends string>(
  /** useTaak's input key: an error about earlier input goes when it changes. */
  invoer?: string
) {
  const { voerUit: voerUitTaak, ...taak } = useTaak<Soort>(invoer);
  const naarMelding = useNaarResultaat();
  const brengMelding = naarMelding.breng;
  const voerUit = useCallback(
    async <W>(
      soort: Soort,
      doe: () => Promise<Outcome<W>>,
      /** Sets the result; returns the `breng` of where it shows, or nothing for the message. */
      bijSucces: (waarde: W) => (() => void) | void,
      bijFout?: () => void
    ) => {
      let breng = brengMelding;
      const fout = await voerUitTaak(
        soort,
        doe,
        (waarde) => {
          breng = bijSucces(waarde) ?? brengMelding;
        },
        bijFout
      );
      breng();
      return fout;
    },
    [voerUitTaak, brengMelding]
  );
  return { ...taak, voerUit, meldingRef: naarMelding.ref };
}
