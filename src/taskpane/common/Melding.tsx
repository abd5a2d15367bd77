import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  type MessageBarIntent,
} from "@fluentui/react-components";

export interface MeldingData {
  intent: MessageBarIntent;
  tekst: string;
  detail?: string;
  actie?: { label: string; doe: () => void };
}

/** A status line the screen reader announces; optional one action (Ongedaan maken). */
export function Melding({ melding }: { melding: MeldingData | null }) {
  return (
    <div aria-live="polite">
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
