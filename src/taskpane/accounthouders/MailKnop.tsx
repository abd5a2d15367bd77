import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { mailTekst } from "../../core/accounthouders/mailtekst";
import type { EigenaarOverzicht } from "../../core/accounthouders/overzicht";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { T } from "../texts";

const useStyles = makeStyles({
  uitkomst: { display: "flex", flexDirection: "column", gap: "6px", outlineStyle: "none" },
  rij: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  gekopieerd: { color: tokens.colorPaletteGreenForeground1 },
  tekst: { width: "100%" },
});

/**
 * "Kopieer als e-mailtekst": the person's open actions as plain text on the clipboard, confirmed
 * beside the button. Where the clipboard is refused (Excel on the web can block it), the text
 * appears selected in a box to copy by hand, with a message saying so. Either way the outcome is
 * brought into view and focused (the box, when there is one).
 */
export function MailKnop({
  eigenaar,
  peildatum,
}: {
  eigenaar: EigenaarOverzicht;
  peildatum: string;
}) {
  const s = useStyles();
  const [staat, setStaat] = useState<"gekopieerd" | "mislukt" | null>(null);
  const vak = useRef<HTMLTextAreaElement>(null);
  const naarUitkomst = useNaarResultaat();
  const tekst = mailTekst(eigenaar, peildatum);
  useEffect(() => {
    if (staat === "mislukt") vak.current?.select();
  }, [staat]);
  async function kopieer() {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("geen klembord");
      await navigator.clipboard.writeText(tekst);
      setStaat("gekopieerd");
    } catch {
      setStaat("mislukt");
    }
    naarUitkomst.breng();
  }
  return (
    <div ref={naarUitkomst.ref} tabIndex={-1} className={s.uitkomst}>
      <div className={s.rij}>
        <Button
          size="small"
          onClick={() => void kopieer()}
          aria-label={`${T.accounthouders.kopieer}: ${eigenaar.naam}`}
        >
          {T.accounthouders.kopieer}
        </Button>
        <span role="status" aria-live="polite">
          {staat === "gekopieerd" && (
            <Text size={200} className={s.gekopieerd}>
              {T.accounthouders.gekopieerd(eigenaar.naam)}
            </Text>
          )}
        </span>
      </div>
      {staat === "mislukt" && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{T.accounthouders.kopieerMislukt}</MessageBarBody>
          </MessageBar>
          <Textarea
            ref={vak}
            className={s.tekst}
            readOnly
            resize="vertical"
            rows={Math.min(12, tekst.split("\n").length + 1)}
            value={tekst}
            aria-label={T.accounthouders.mailTekst(eigenaar.naam)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
