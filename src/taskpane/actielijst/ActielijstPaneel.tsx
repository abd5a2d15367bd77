import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  mergeClasses,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { foutTekst } from "../../app/weigering-berichten";
import type { Instellingen } from "../../app/instellingen";
import type { ActielijstRapport } from "../../core/actielijst/validate";
import type { ActielijstFinding, RapportFinding } from "../../core/actielijst/codes";
import { datum } from "../../core/messages";
import type { IsoDate } from "../../core/dates/iso";
import { BinnenkortVeld } from "../common/BinnenkortVeld";
import { ActiebladKeuze } from "../common/BladKeuze";
import { PeildatumVeld } from "../common/PeildatumVeld";
import { Melding, ongedaanMelding } from "../common/Melding";
import { useNaarResultaat } from "../common/useNaarResultaat";
import { useTaak } from "../common/useTaak";
import { Keuzelijst } from "./Keuzelijst";
import { useRegie } from "../regie-context";
import { T } from "../texts";
import { Bevindingen, type Plek } from "./Bevindingen";
import { Verkeerslichten } from "./Verkeerslichten";
import { useGedeeldeStijlen } from "../common/stijlen";

const useStyles = makeStyles({
  velden: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: "8px",
  },
  /** A field in the grid may be narrower than its input's natural width (20 characters). */
  veld: { minWidth: 0, "& input": { minWidth: 0, width: "100%" } },
  kop: { color: tokens.colorNeutralForeground2 },
  uitleg: { margin: 0, paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "2px" },
  resultaat: { display: "flex", flexDirection: "column", gap: "12px" },
  oud: { opacity: 0.5 },
});

type Bezig = "valideer" | "markeer" | "wis" | "herstel";

/** The settings a validation or a highlighting was made with. */
interface Grondslag {
  peildatum: string;
  binnenkortDagen: number;
}

/** Actielijst valideren: peildatum, validate, highlight, clear, and the findings. */
export function ActielijstPaneel({
  instellingen,
  onInstellingen,
}: {
  instellingen: Instellingen;
  onInstellingen: (i: Instellingen) => void;
}) {
  const regie = useRegie();
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const opgeslagen = instellingen.peildatum ?? regie.vandaag();
  /** What the fields allow now: null while a field holds something that cannot be used. */
  const [peildatum, setPeildatum] = useState<IsoDate | null>(opgeslagen);
  const [binnenkort, setBinnenkort] = useState<number | null>(instellingen.binnenkortDagen);
  const [rapport, setRapport] = useState<{ rapport: ActielijstRapport; tijd: string } | null>(null);
  /** What the colours now in the workbook were made with, as far as this pane knows. */
  const [gemarkeerd, setGemarkeerd] = useState<Grondslag | null>(null);
  /** Where the current message belongs: beside the buttons, or beside the fix that caused it. */
  const [plek, setPlek] = useState<Plek | null>(null);
  const { bezig, melding, setMelding, voerUit } = useTaak<Bezig>(
    [instellingen.actieblad, peildatum, binnenkort].join("|")
  );
  const balkRef = useRef<HTMLDivElement>(null);
  // A new result is scrolled into view and focused, below the sticky buttons rather than under them.
  const naarResultaat = useNaarResultaat(() => balkRef.current?.offsetHeight ?? 0);

  // A valid value in a field is saved in the workbook's settings (today's date as "no peildatum").
  const laatste = useRef({ instellingen, onInstellingen });
  laatste.current = { instellingen, onInstellingen };
  const nieuwePeildatum = useCallback(
    (waarde: IsoDate | null) => {
      setPeildatum(waarde);
      const { instellingen: i, onInstellingen: bewaar } = laatste.current;
      if (waarde !== null && waarde !== (i.peildatum ?? regie.vandaag()))
        bewaar({ ...i, peildatum: waarde === regie.vandaag() ? null : waarde });
    },
    [regie]
  );
  const nieuweBinnenkort = useCallback((dagen: number | null) => {
    setBinnenkort(dagen);
    const { instellingen: i, onInstellingen: bewaar } = laatste.current;
    if (dagen !== null && dagen !== i.binnenkortDagen) bewaar({ ...i, binnenkortDagen: dagen });
  }, []);

  // Only called while both fields hold a usable value (the buttons are disabled otherwise).
  const opties = () => ({
    peildatum: peildatum ?? opgeslagen,
    binnenkortDagen: binnenkort ?? instellingen.binnenkortDagen,
    sheet: instellingen.actieblad ?? undefined,
  });
  const nu: Grondslag = {
    peildatum: peildatum ?? opgeslagen,
    binnenkortDagen: binnenkort ?? instellingen.binnenkortDagen,
  };
  /** Counts validations: each starts checks as you type anew, from what it read. */
  const [validaties, setValidaties] = useState(0);
  /** Checks as you type: whether they run, and the last rows they checked again. */
  const [volgt, setVolgt] = useState<{
    bijgewerkt: { rijen: number[]; tijd: string } | null;
    fout: string | null;
  } | null>(null);
  const optiesRef = useRef<ReturnType<typeof opties> | null>(null);
  const blad = instellingen.actieblad ?? undefined;
  useEffect(() => {
    // Another sheet chosen since the validation: its findings are not these.
    if (validaties === 0 || !optiesRef.current || optiesRef.current.sheet !== blad) return;
    let weg = false;
    const stop = regie
      .volgWijzigingen(optiesRef.current, ({ rapport: nieuw, rijen }) => {
        if (weg) return;
        if (nieuw.ok) {
          setRapport({ rapport: nieuw.value, tijd: regie.tijdstip().slice(11) });
          setVolgt({ bijgewerkt: { rijen, tijd: regie.tijdstip().slice(11) }, fout: null });
        } else setVolgt({ bijgewerkt: null, fout: foutTekst(nieuw.refusal) });
      })
      .then((s) => {
        if (!weg) setVolgt(s ? { bijgewerkt: null, fout: null } : null);
        return s;
      })
      // A host that cannot listen: the findings simply stay as validated.
      .catch(() => null);
    return () => {
      weg = true;
      void stop.then((s) => s?.()).catch(() => undefined);
    };
  }, [validaties, regie, blad]);
  const toon = (r: ActielijstRapport, scroll = true) => {
    setRapport({ rapport: r, tijd: regie.tijdstip().slice(11) });
    if (scroll) naarResultaat.breng();
  };
  // A failed run must not leave older results standing under its message.
  const wegMetRapport = () => {
    setRapport(null);
    setVolgt(null);
    setValidaties(0);
  };

  const peildatumGeldig = peildatum !== null && binnenkort !== null;
  const valideer = () => {
    setPlek(null);
    return voerUit(
      "valideer",
      () => regie.valideer((optiesRef.current = opties())),
      (r) => {
        toon(r);
        setValidaties((n) => n + 1);
      },
      wegMetRapport
    );
  };
  const markeer = () => {
    setPlek(null);
    const grondslag = nu;
    return voerUit(
      "markeer",
      () => regie.markeer(opties()),
      (r) => {
        toon(r.rapport);
        setGemarkeerd(grondslag);
        setMelding({
          intent: "success",
          tekst: T.actielijst.gemarkeerd(r.verlopen, r.binnenkort),
          detail: r.handmatig.length ? T.actielijst.handmatig(r.handmatig.length) : undefined,
        });
      },
      wegMetRapport
    );
  };
  const wis = () => {
    setPlek(null);
    return voerUit(
      "wis",
      () => regie.wisMarkeringen(),
      (r) => {
        setGemarkeerd(null);
        setMelding({
          intent: "success",
          tekst: T.actielijst.gewist(r.hersteld),
          detail: r.handmatig.length ? T.actielijst.handmatig(r.handmatig.length) : undefined,
        });
      }
    );
  };
  /** Re-reads the list after a write, quietly: the user stays where the message is. */
  const herlees = async () => {
    const opnieuw = await regie.valideer((optiesRef.current = opties()));
    if (opnieuw.ok) {
      toon(opnieuw.value, false);
      setValidaties((n) => n + 1);
    }
  };
  const ongedaan = (waar: Plek) => {
    setPlek(waar);
    return voerUit(
      "herstel",
      () => regie.maakOngedaan(),
      async (r) => {
        // The list first, then the message: it is scrolled to where it ends up.
        await herlees();
        setMelding(ongedaanMelding(r));
      }
    );
  };
  const herstel = (fixes: RapportFinding[], waar: Plek) => {
    setPlek(waar);
    return voerUit(
      "herstel",
      () =>
        regie.herstel(
          fixes.map((f) => f.fix!),
          T.bevinding.logActie
        ),
      async (r) => {
        await herlees();
        setMelding({
          intent: "success",
          tekst:
            waar.soort === "herstel-alle"
              ? T.bevinding.alleHersteld(r.aantal)
              : T.bevinding.hersteld(fixes[0].fix!.cell, fixes[0].fix!.to),
          actie: { label: T.ongedaan.knop, doe: () => void ongedaan(waar) },
        });
      }
    );
  };

  /** One click: the preview shown under the finding is checked against the sheet, then written. */
  const zetRijTerug = (f: ActielijstFinding<"rij-verschoven">) => {
    const waar: Plek = { soort: "bevinding", finding: f };
    const getoond = rapport?.rapport;
    if (!getoond) return;
    setPlek(waar);
    const row = Number(f.params.row);
    return voerUit(
      "herstel",
      () => regie.zetGetoondeRijTerug(opties(), getoond, row),
      async (r) => {
        await herlees();
        setMelding({
          intent: "success",
          tekst: T.bevinding.teruggezet(row, r.aantal),
          actie: { label: T.ongedaan.knop, doe: () => void ongedaan(waar) },
        });
      },
      // A changed row: the list is read again, so the finding shows the new preview.
      () => void herlees()
    );
  };

  const r = rapport?.rapport;
  const verschilt = (a: Grondslag) =>
    a.peildatum !== nu.peildatum || a.binnenkortDagen !== nu.binnenkortDagen;
  const kleurenOud = gemarkeerd !== null && peildatumGeldig && verschilt(gemarkeerd);
  const rapportOud = r !== undefined && peildatumGeldig && verschilt(r);

  return (
    <section className={g.paneel} aria-label={T.taken.actielijst}>
      <ActiebladKeuze instellingen={instellingen} onInstellingen={onInstellingen} />
      <div className={s.velden}>
        <div className={s.veld}>
          <PeildatumVeld
            label={T.actielijst.peildatum}
            hint={T.actielijst.peildatumHulp}
            standaard={opgeslagen}
            vandaag={regie.vandaag()}
            onWaarde={nieuwePeildatum}
          />
        </div>
        <div className={s.veld}>
          <BinnenkortVeld
            label={T.actielijst.binnenkort}
            hint={T.actielijst.binnenkortHulp}
            waarde={instellingen.binnenkortDagen}
            onWaarde={nieuweBinnenkort}
          />
        </div>
      </div>
      {!peildatumGeldig && (
        <Text className={g.klein} role="status">
          {T.actielijst.eerstVelden}
        </Text>
      )}
      {kleurenOud && (
        <Verouderd
          tekst={T.actielijst.markeringVerouderd(
            datum(gemarkeerd.peildatum),
            gemarkeerd.binnenkortDagen
          )}
          knop={T.actielijst.bijwerken}
          uit={bezig !== null}
          doe={markeer}
        />
      )}
      {!kleurenOud && rapportOud && (
        <Verouderd
          tekst={T.actielijst.rapportVerouderd(datum(r.peildatum), r.binnenkortDagen)}
          knop={T.actielijst.opnieuw}
          uit={bezig !== null}
          doe={valideer}
        />
      )}
      <div className={g.balk} ref={balkRef}>
        <div className={g.knoppen}>
          <Button
            appearance="primary"
            onClick={valideer}
            disabled={bezig !== null || !peildatumGeldig}
            aria-describedby="uitleg-valideer"
          >
            {T.actielijst.valideer}
          </Button>
          <Button
            onClick={markeer}
            disabled={bezig !== null || !peildatumGeldig}
            aria-describedby="uitleg-markeer"
          >
            {T.actielijst.markeer}
          </Button>
          <Button onClick={wis} disabled={bezig !== null} aria-describedby="uitleg-wis">
            {T.actielijst.wis}
          </Button>
        </div>
        {bezig && <ProgressBar aria-label={T.actielijst.bezig} />}
        {/* Beside the buttons that caused it; focused, and scrolled to only as far as needed. */}
        <Melding melding={plek === null ? melding : null} inBeeld blok="nearest" />
      </div>
      {/* What each button does, under them: the buttons themselves stay in the first screen. */}
      <ul className={mergeClasses(s.uitleg, g.klein)}>
        <li id="uitleg-valideer">
          <strong>{T.actielijst.valideer}</strong>: {T.actielijst.valideerHulp}
        </li>
        <li id="uitleg-markeer">
          <strong>{T.actielijst.markeer}</strong>: {T.actielijst.markeerHulp}
        </li>
        <li id="uitleg-wis">
          <strong>{T.actielijst.wis}</strong>: {T.actielijst.wisHulp}
        </li>
      </ul>
      {/* Under the buttons, above the findings: reachable without scrolling past them (issue 26). */}
      <Keuzelijst opties={opties()} />
      {r && (
        <div
          className={bezig === "valideer" || bezig === "markeer" ? s.oud : s.resultaat}
          ref={naarResultaat.ref}
          tabIndex={-1}
          role="region"
          aria-label={T.actielijst.resultaatRegio}
          aria-busy={bezig === "valideer" || bezig === "markeer"}
          data-resultaat
        >
          <div className={s.resultaat}>
            <Text weight="semibold" className={s.kop}>
              {T.actielijst.gevalideerd(r.sheet, r.acties.length)}
            </Text>
            <Text className={g.klein}>
              {T.actielijst.gecontroleerd(datum(r.peildatum), r.binnenkortDagen, rapport.tijd)}
            </Text>
            {volgt && (
              <Text className={g.klein} aria-live="polite" data-volgt>
                {volgt.fout
                  ? T.actielijst.volgenMislukt(volgt.fout)
                  : volgt.bijgewerkt
                    ? `${T.actielijst.volgt} ${T.actielijst.opnieuwGecontroleerd(volgt.bijgewerkt.rijen, volgt.bijgewerkt.tijd)}`
                    : T.actielijst.volgt}
              </Text>
            )}
            <Verkeerslichten acties={r.acties} />
            {r.findings.length === 0 && !plek ? (
              <Text>{T.actielijst.geenBevindingen}</Text>
            ) : (
              <Bevindingen
                rapport={r}
                bezig={bezig !== null}
                onSelecteer={(f) => void regie.selecteer(f.sheet, f.cell)}
                onHerstel={(f) => void herstel([f], { soort: "bevinding", finding: f })}
                onHerstelAlle={(fixes) => void herstel(fixes, { soort: "herstel-alle" })}
                onZetRijTerug={(f) => void zetRijTerug(f)}
                nabij={plek ? { plek, melding } : null}
              />
            )}
          </div>
        </div>
      )}
      {!r && plek && <Melding melding={melding} />}
    </section>
  );
}

/** Results or colours made with other settings than those now in the fields, and the way to refresh. */
function Verouderd(props: { tekst: string; knop: string; uit: boolean; doe: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="status">
      <MessageBarBody>{props.tekst}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={props.uit} onClick={props.doe}>
          {props.knop}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
