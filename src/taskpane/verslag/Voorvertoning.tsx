import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useId, type ReactNode, type RefObject } from "react";
import type { ActiepuntenVoorstel } from "../../app/verslag/actiepunten";
import { datumNederlands } from "../../core/dates/iso";
import { VERSLAG_KOLOMMEN, volgendeVergaderingBericht } from "../../core/verslag/berichten";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";
import { ActiepuntKaart } from "./ActiepuntKaart";
import { gekozenRijen, zonderActie, type Keuze } from "./keuze";

const useStyles = makeStyles({
  voorstel: { display: "flex", flexDirection: "column", gap: "12px", outlineStyle: "none" },
  fout: { color: tokens.colorPaletteRedForeground1 },
  lijst: { gap: "12px" },
});

/**
 * The preview of "Actiepunten uit verslag": on top (sticky) what Toevoegen writes and where, then
 * the next meeting, then every item of the verslag: a new one as an editable row, one already on
 * the list with its row.
 */
export function Voorvertoning(props: {
  regio: RefObject<HTMLElement>;
  voorstel: ActiepuntenVoorstel;
  keuze: Keuze;
  onKeuze: (k: Keuze) => void;
  bezig: boolean;
  verouderd: boolean;
  onToevoegen: () => void;
  onAnnuleer: () => void;
  onToon: (cel: string) => void;
  /** Progress and the message of Toevoegen, under its button. */
  children?: ReactNode;
}) {
  const { voorstel: v, keuze } = props;
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const samenvatting = useId();
  const rijen = gekozenRijen(v.rijen, keuze);
  const leeg = zonderActie(rijen);
  return (
    <section
      ref={props.regio}
      tabIndex={-1}
      aria-labelledby={samenvatting}
      className={s.voorstel}
      data-voorvertoning
    >
      <div className={g.balk}>
        <Text id={samenvatting} weight="semibold">
          {T.actiepunten.samenvatting(
            datumNederlands(v.vergadering),
            v.actiepunten.length,
            v.rijen.length
          )}
        </Text>
        {v.rijen.length === 0 ? (
          <Text>{T.actiepunten.niets(v.actiepunten.length)}</Text>
        ) : (
          <>
            <Text size={200} className={g.klein} data-plaats>
              {T.actiepunten.plaats(v.sheet, v.eersteRij, rijen.length)}
            </Text>
            {leeg.length > 0 && (
              <Text size={200} className={s.fout}>
                {T.actiepunten.eerstActie(leeg)}
              </Text>
            )}
            <div className={g.knoppen}>
              <Button
                appearance="primary"
                disabled={props.bezig || props.verouderd || rijen.length === 0 || leeg.length > 0}
                onClick={props.onToevoegen}
              >
                {T.actiepunten.toevoegen(rijen.length)}
              </Button>
              <Button onClick={props.onAnnuleer} disabled={props.bezig}>
                {T.actiepunten.annuleren}
              </Button>
            </div>
          </>
        )}
        {props.children}
      </div>
      <Text data-volgende>
        {volgendeVergaderingBericht(v.volgendeVergadering, v.volgendeInVerslag)}
      </Text>
      {v.ontbrekend.length > 0 && (
        <Text size={200} className={g.klein}>
          {T.actiepunten.ontbrekend(v.ontbrekend.map((k) => VERSLAG_KOLOMMEN[k]))}
        </Text>
      )}
      <ol className={mergeClasses(g.lijst, s.lijst)} aria-label={T.actiepunten.lijst}>
        {v.actiepunten.map((a) => (
          <ActiepuntKaart
            key={a.nummer}
            actiepunt={a}
            rij={v.rijen.find((r) => r.nummer === a.nummer) ?? null}
            voorstel={v}
            keuze={keuze}
            onKeuze={props.onKeuze}
            onToon={props.onToon}
          />
        ))}
      </ol>
    </section>
  );
}
