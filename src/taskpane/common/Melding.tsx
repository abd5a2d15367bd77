import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { OngedaanResultaat } from "../../app/wijzigingen/ongedaan";
import { T } from "../texts";

export interface MeldingData {
  intent: MessageBarIntent;
  tekst: string;
  detail?: string;
  actie?: { label: string; doe: () => void };
}

/** The confirmation of Ongedaan maken, the same on every tab: what was put back, what was not. */
export function ongedaanMelding(r: OngedaanResultaat): MeldingData {
  return {
    intent: "success",
    tekst: T.ongedaan.gedaan(r.hersteld, r.actie),
    detail: r.overgeslagen.length ? T.ongedaan.overgeslagen(r.overgeslagen) : undefined,
  };
}

/**
 * A status line the screen reader announces; optional one action (Ongedaan maken). `inBeeld`
 * scrolls a new message to the middle of the view (clear of the sticky buttons, with room to grow
 * as it appears), for messages placed down a list beside what caused them.
 */
export function Melding({
  melding,
  inBeeld = false,
}: {
  melding: MeldingData | null;
  inBeeld?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (melding && inBeeld) ref.current?.scrollIntoView?.({ block: "center" });
  }, [melding, inBeeld]);
  return (
    <div aria-live="polite" ref={ref}>
      {melding && (
        <MessageBar intent={melding.intent} layout="multiline">
          <MessageBarBody>
            {melding.tekst}
            {melding.detail && <div>{melding.detail}</div>}
          </MessageBarBody>
          {melding.actie && (
            <MessageBarActions>
              <Button size="small" onClick={melding.actie.doe}>
                {melding.actie.label}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
