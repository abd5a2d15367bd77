import {
  Button,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { KeuzelijstSoort, KeuzelijstVoorstel } from "../../app/actielijst/keuzelijst";
import type { ActielijstOptions } from "../../app/regie";
import { zelfdeValidatie, type CelValidatie } from "../../core/validatie";
import { keuzelijstValidatie } from "../../core/actielijst/keuzelijst";
import { Melding, ongedaanMelding } from "../common/Melding";
import { useGedeeldeStijlen } from "../common/stijlen";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { useTaak } from "../common/useTaak";
import { useRegie } from "../regie-context";
import { T } from "../texts";

type Bezig = "voorvertoning" | "toepassen" | "ongedaan";

const useStyles = makeStyles({
  // A section of the actielijst tab, set off as Verschil is below it.
  sectie: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    paddingTop: "12px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  voorvertoning: { display: "flex", flexDirection: "column", gap: "4px", outlineStyle: "none" },
  regel: { display: "block", margin: 0, overflowWrap: "anywhere" },
});

/**
 * "Keuzelijst status in het blad": a preview (which sheet, which cells, which statuses, what
 * validation is there now), then Toepassen, then the result with Ongedaan maken. Removing Regie's
 * list goes the same way.
 */
export function Keuzelijst({ opties }: { opties: ActielijstOptions }) {
  const regie = useRegie();
  const g = useGedeeldeStijlen();
  const s = useStyles();
  const { bezig, melding, setMelding, voerUit } = useTaak<Bezig>(opties.sheet ?? "");
  const [voorstel, setVoorstel] = useState<KeuzelijstVoorstel | null>(null);
  const naarVoorstel = useNaarResultaat();
  const [klaar, setKlaar] = useState(false);

  const bekijk = (soort: KeuzelijstSoort) => {
    setKlaar(false);
    return voerUit(
      "voorvertoning",
      () => regie.keuzelijstVoorvertoning(opties, soort),
      (v) => {
        setVoorstel(v);
        naarVoorstel.breng();
      },
      () => setVoorstel(null)
    );
  };
  const pasToe = (v: KeuzelijstVoorstel) =>
    voerUit(
      "toepassen",
      () => regie.pasKeuzelijstToe(v),
      (r) => {
        setVoorstel(null);
        setKlaar(true);
        setMelding({ intent: "success", tekst: T.keuzelijst.klaar(v.soort, r.cellen) });
      },
      () => setVoorstel(null)
    );
  const maakOngedaan = () =>
    voerUit(
      "ongedaan",
      () => regie.maakOngedaan(),
      (r) => {
        setKlaar(false);
        setMelding(ongedaanMelding(r));
      }
    );

  return (
    <section aria-labelledby="keuzelijst-kop" className={s.sectie} data-keuzelijst>
      <Text as="h2" weight="semibold" size={400} id="keuzelijst-kop" className={s.regel}>
        {T.keuzelijst.kop}
      </Text>
      <Text as="p" className={mergeClasses(g.klein, s.regel)}>
        {T.keuzelijst.uitleg}
      </Text>
      <div className={g.knoppen}>
        <Button disabled={bezig !== null} onClick={() => void bekijk("toevoegen")}>
          {T.keuzelijst.toevoegen}
        </Button>
        <Button disabled={bezig !== null} onClick={() => void bekijk("verwijderen")}>
          {T.keuzelijst.verwijderen}
        </Button>
      </div>
      {bezig && <ProgressBar aria-label={T.keuzelijst.bezig} />}
      {voorstel && (
        <div
          className={s.voorvertoning}
          ref={naarVoorstel.ref}
          tabIndex={-1}
          role="region"
          aria-label={T.keuzelijst.voorvertoningRegio}
          data-keuzelijst-voorvertoning
        >
          <Text as="p" className={s.regel}>
            {T.keuzelijst.voorvertoning(
              voorstel.soort,
              voorstel.sheet,
              voorstel.blokken.reduce((n, b) => n + b.cellen, 0)
            )}
          </Text>
          <Text as="p" className={mergeClasses(g.klein, s.regel)}>
            {T.keuzelijst.gebieden(voorstel.gebieden.map((b) => b.address))}
          </Text>
          {voorstel.soort === "toevoegen" && (
            <Text as="p" className={mergeClasses(g.klein, s.regel)}>
              {T.keuzelijst.statussen(voorstel.statussen)}
            </Text>
          )}
          <ul className={mergeClasses(g.lijst, g.klein)}>
            {voorstel.blokken.map((b) => (
              <li key={b.address}>{nuTekst(b.address, b.nu)}</li>
            ))}
          </ul>
          {voorstel.ongemoeid > 0 && (
            <Text as="p" className={mergeClasses(g.klein, s.regel)}>
              {T.keuzelijst.ongemoeid(voorstel.ongemoeid)}
            </Text>
          )}
          <div className={g.knoppen}>
            <Button
              appearance="primary"
              disabled={bezig !== null}
              onClick={() => void pasToe(voorstel)}
            >
              {T.keuzelijst.toepassen}
            </Button>
            <Button disabled={bezig !== null} onClick={() => setVoorstel(null)}>
              {T.keuzelijst.annuleren}
            </Button>
          </div>
        </div>
      )}
      <Melding melding={melding} inBeeld />
      {klaar && (
        <Button size="small" disabled={bezig !== null} onClick={() => void maakOngedaan()}>
          {T.keuzelijst.ongedaan}
        </Button>
      )}
    </section>
  );
}

/** What a block holds now, as the preview line says it. */
function nuTekst(adres: string, nu: CelValidatie): string {
  if (nu === null) return T.keuzelijst.nuGeen(adres);
  if (zelfdeValidatie(nu, keuzelijstValidatie())) return T.keuzelijst.nuRegie(adres);
  const soort = Object.keys(nu.rule)[0];
  return T.keuzelijst.nuEigen(
    adres,
    soort === undefined ? T.keuzelijst.alleenBericht : (T.keuzelijst.regelSoort[soort] ?? soort)
  );
}
