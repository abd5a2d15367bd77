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
 * as it appears) and moves focus to it: the message is then the result of what the user just did,
 * placed beside what caused it (issue 26, points 2 and 3).
 */
export function Melding({
  melding,
  inBeeld = false,
  blok = "center",
}: {
  melding: MeldingData | null;
  inBeeld?: boolean;
  /** Where in the view: "nearest" for a message in a sticky bar, which is mostly in view already. */
  blok?: ScrollLogicalPosition;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!melding || !inBeeld) return;
    ref.current?.focus?.({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: blok });
  }, [melding, inBeeld, blok]);
  return (
    <div aria-live="polite" ref={ref} tabIndex={inBeeld ? -1 : undefined}>
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
