import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { taakNaam } from "../../app/host-berichten";
import type { OnderbrekingVoorstel } from "../../app/onderbreking";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { Melding, type MeldingData } from "./Melding";
import { useTaak } from "./useTaak";

/** How often the pane looks again (one small read): a lock goes stale a minute after its writer. */
const OPNIEUW_MS = 30_000;

/**
 * A write a closed pane left unfinished, shown above everything with what putting it back does:
 * which cells get back what they held, which sheets go or come back, which cells were changed
 * since and stay. Nothing is written until the user chooses.
 */
export function Onderbreking() {
  const regie = useRegie();
  const [voorstel, setVoorstel] = useState<OnderbrekingVoorstel | null>(null);
  const { bezig, melding, setMelding, voerUit } = useTaak<"kijken" | "terug">();

  const kijk = useCallback(async () => {
    const r = await regie.onderbreking();
    if (r.ok) setVoorstel(r.value);
  }, [regie]);

  useEffect(() => {
    void kijk();
    const timer = setInterval(() => void kijk(), OPNIEUW_MS);
    return () => clearInterval(timer);
  }, [kijk]);

  if (!voorstel) return <Melding melding={melding} />;
  const draaiTerug = () =>
    voerUit(
      "terug",
      () => regie.draaiOnderbrekingTerug(voorstel),
      (v) => {
        setVoorstel(null);
        const klaar: MeldingData = {
          intent: "success",
          tekst: v.plan
            ? T.onderbreking.teruggedraaid(v.plan.cellen.length)
            : T.onderbreking.opgeheven,
        };
        setMelding(klaar);
      },
      // Refused (a cell changed since the plan): look again, the new plan shows it.
      () => void kijk()
    );
  return (
    <>
      <OnderbrekingMelding voorstel={voorstel} bezig={bezig !== null} onTerug={draaiTerug} />
      <Melding melding={melding} />
    </>
  );
}

/** The bar itself: what was left, what putting it back does, and the one button. */
export function OnderbrekingMelding({
  voorstel,
  bezig,
  onTerug,
}: {
  voorstel: OnderbrekingVoorstel;
  bezig: boolean;
  onTerug: () => void;
}) {
  const plan = voorstel.plan;
  const taak = voorstel.task ? taakNaam(voorstel.task) : T.onderbreking.onbekendeTaak;
  const tijd = new Date(voorstel.begonnen).toLocaleTimeString("nl-NL", {
    hour: "2-digit",
    minute: "2-digit",
  });
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{T.onderbreking.titel(taak, tijd)}</MessageBarTitle>
        <div>{T.onderbreking.uitleg}</div>
        {plan ? (
          <>
            <div>{T.onderbreking.plan(plan.cellen.length, plan.bladenWeg, plan.bladenTerug)}.</div>
            {plan.cellen.length > 0 && (
              <div>{T.onderbreking.cellen(plan.cellen.map((c) => `${c.sheet}!${c.cell}`))}</div>
            )}
            {plan.bladenGehouden.length > 0 && (
              <div>{T.onderbreking.gehouden(plan.bladenGehouden)}</div>
            )}
            {plan.gewijzigd.length > 0 && (
              <div>
                {T.onderbreking.gewijzigd(plan.gewijzigd.map((c) => `${c.sheet}!${c.cell}`))}
              </div>
            )}
          </>
        ) : (
          <div>{T.onderbreking.zonderPlan(voorstel.bladen)}</div>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={bezig} onClick={onTerug}>
          {plan ? T.onderbreking.terugdraaien : T.onderbreking.gezien}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
