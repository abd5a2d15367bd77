import {
  Button,
  Checkbox,
  Combobox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Option,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { InfoRegular, WarningRegular } from "@fluentui/react-icons";
import type { ActiepuntenVoorstel } from "../../app/verslag/actiepunten";
import { cellAddress } from "../../core/address";
import type { ActieColumn } from "../../core/actielijst/columns";
import { datumNederlands } from "../../core/dates/iso";
import type { Actiepunt } from "../../core/verslag/actiepunten";
import { VERSLAG_KOLOMMEN, verslagBericht } from "../../core/verslag/berichten";
import { accounthouderKeuzes, onderwerpKeuzes, passendeKeuzes } from "../../core/verslag/keuzes";
import type { NieuweRij } from "../../core/verslag/nieuwe-rijen";
import { useGedeeldeStijlen } from "../common/stijlen";
import { T } from "../texts";
import { bewerk, metKeuze, vinkAan, type Keuze } from "./keuze";

const useStyles = makeStyles({
  kaart: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    minWidth: 0,
    paddingTop: "8px",
    paddingBottom: "8px",
    paddingLeft: "8px",
    paddingRight: "8px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  uit: { background: tokens.colorNeutralBackground3 },
  tekst: { overflowWrap: "anywhere" },
  veld: { minWidth: 0, width: "100%" },
  // The whole action text in view, not a scrolled three lines: the box grows with its text (up
  // to Fluent's own maximum height, then it scrolls).
  groei: { fieldSizing: "content" },
  // The list's goals are long ("#04 Op elkaar afgestemde (lokale) organisaties ..."): the chosen one
  // wraps in its button instead of being cut off at 350 px, and so do the options.
  keuze: { minWidth: 0, width: "100%" },
  keuzeKnop: {
    whiteSpace: "normal",
    textAlign: "left",
    height: "auto",
    minHeight: "32px",
    overflowWrap: "anywhere",
  },
  bevinding: { display: "flex", gap: "4px", alignItems: "flex-start", overflowWrap: "anywhere" },
  icoon: { flexShrink: 0, marginTop: "2px" },
  waarschuwing: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * One item of the verslag. New: a checkbox (ticked: it is added) and its row's fields, each
 * editable; goal and topic chosen from the list's own. Already on the list: that row, one click
 * away. Below, what Regie noticed, in the domain's words.
 */
export function ActiepuntKaart(props: {
  actiepunt: Actiepunt;
  /** The proposed row; null when the item is on the list already. */
  rij: NieuweRij | null;
  voorstel: ActiepuntenVoorstel;
  keuze: Keuze;
  onKeuze: (k: Keuze) => void;
  onToon: (cel: string) => void;
}) {
  const { actiepunt: a, voorstel: v, keuze } = props;
  const s = useStyles();
  const g = useGedeeldeStijlen();
  const cel = (row: number) => cellAddress(row - 1, v.kolommen.actie ?? 0);
  const toon = (row: number) => (
    <Button
      size="small"
      aria-label={T.actiepunten.toonRij(row)}
      onClick={() => props.onToon(cel(row))}
    >
      {T.actiepunten.toon}
    </Button>
  );
  // The next meeting's uncertainty is said once, above the items; not again under each.
  const bevindingen = a.findings.filter((f) => f.code !== "volgende-vergadering-onzeker");
  const meldingen = bevindingen.length > 0 && (
    <ul className={g.lijst} aria-label={T.actiepunten.meldingen(a.nummer)}>
      {bevindingen.map((f, i) => (
        <li key={i} className={s.bevinding}>
          {f.severity === "info" ? (
            <InfoRegular className={s.icoon} aria-hidden />
          ) : (
            <WarningRegular className={mergeClasses(s.icoon, s.waarschuwing)} aria-hidden />
          )}
          <Text size={200}>{verslagBericht(f)}</Text>
          {f.code === "lijkt-op-bestaande-actie" && toon(f.params.row)}
        </li>
      ))}
    </ul>
  );

  if (!props.rij || a.bestaand)
    return (
      <li className={mergeClasses(s.kaart, s.uit)} data-nummer={a.nummer} data-bestaand>
        <div role="group" aria-label={T.actiepunten.groep(a.nummer)} className={g.paneel}>
          <Text weight="semibold" data-kop>
            {a.nummer}. {a.bestaand ? T.actiepunten.bestaand(a.bestaand.row) : ""}
          </Text>
          <Text size={200} className={s.tekst}>
            {a.tekst}
          </Text>
          {a.bestaand && <div className={g.knoppen}>{toon(a.bestaand.row)}</div>}
        </div>
      </li>
    );

  const rij = metKeuze(props.rij, keuze);
  const aan = !keuze.uit.has(a.nummer);
  const zet = (kolom: ActieColumn) => (waarde: string) =>
    props.onKeuze(bewerk(keuze, a.nummer, kolom, waarde));
  const w = rij.waarden;
  return (
    <li className={mergeClasses(s.kaart, !aan && s.uit)} data-nummer={a.nummer}>
      <div role="group" aria-label={T.actiepunten.groep(a.nummer)} className={g.paneel}>
        <Checkbox
          checked={aan}
          onChange={(_e, d) => props.onKeuze(vinkAan(keuze, a.nummer, d.checked === true))}
          label={<strong>{T.actiepunten.kies(a.nummer)}</strong>}
        />
        <Field
          label={VERSLAG_KOLOMMEN.actie}
          validationMessage={aan && !(w.actie ?? "").trim() ? T.actiepunten.actieLeeg : undefined}
        >
          <Textarea
            className={s.veld}
            textarea={{ className: s.groei }}
            value={w.actie ?? ""}
            resize="vertical"
            rows={3}
            disabled={!aan}
            onChange={(_e, d) => zet("actie")(d.value)}
          />
        </Field>
        <Field label={VERSLAG_KOLOMMEN.accounthouder}>
          <Combobox
            freeform
            className={s.veld}
            value={w.accounthouder ?? ""}
            disabled={!aan}
            onChange={(e) => zet("accounthouder")(e.target.value)}
            onOptionSelect={(_e, d) => {
              if (d.optionText !== undefined) zet("accounthouder")(d.optionText);
            }}
          >
            {passendeKeuzes(
              accounthouderKeuzes(v.register, v.vergadering),
              w.accounthouder ?? ""
            ).map((naam) => (
              <Option key={naam}>{naam}</Option>
            ))}
          </Combobox>
        </Field>
        <Field
          label={VERSLAG_KOLOMMEN.deadline}
          hint={
            a.deadline
              ? T.actiepunten.deadlineUitVerslag(
                  a.deadline.text,
                  a.deadline.due && a.deadline.kind === "date"
                    ? datumNederlands(a.deadline.due)
                    : null
                )
              : undefined
          }
        >
          <Input
            className={s.veld}
            value={w.deadline ?? ""}
            disabled={!aan}
            onChange={(_e, d) => zet("deadline")(d.value)}
          />
        </Field>
        {v.kolommen.doel !== undefined && (
          <Keuzeveld
            label={VERSLAG_KOLOMMEN.doel}
            waarde={w.doel ?? ""}
            keuzes={v.doelen.map((d) => d.doel).filter((d) => d !== "")}
            disabled={!aan}
            onWaarde={zet("doel")}
          />
        )}
        {v.kolommen.onderwerp !== undefined && (
          <Keuzeveld
            label={VERSLAG_KOLOMMEN.onderwerp}
            waarde={w.onderwerp ?? ""}
            keuzes={onderwerpKeuzes(v.doelen, w.doel ?? "")}
            disabled={!aan}
            onWaarde={zet("onderwerp")}
          />
        )}
        <Text size={200} className={g.klein}>
          {T.actiepunten.vast(w.status ?? "", w.opmerking ?? "")}
        </Text>
        {meldingen}
      </div>
    </li>
  );
}

/** A goal or topic: one of the list's own, or none. A value no longer offered stays shown. */
function Keuzeveld(props: {
  label: string;
  waarde: string;
  keuzes: readonly string[];
  disabled: boolean;
  onWaarde: (waarde: string) => void;
}) {
  const s = useStyles();
  const opties =
    props.waarde && !props.keuzes.includes(props.waarde)
      ? [props.waarde, ...props.keuzes]
      : props.keuzes;
  return (
    <Field label={props.label}>
      <Dropdown
        className={s.keuze}
        button={{ className: s.keuzeKnop }}
        value={props.waarde || T.actiepunten.geenKeuze}
        selectedOptions={[props.waarde]}
        disabled={props.disabled}
        onOptionSelect={(_e, d) => props.onWaarde(d.optionValue ?? "")}
      >
        <Option value="">{T.actiepunten.geenKeuze}</Option>
        {opties.map((k) => (
          <Option key={k} value={k}>
            {k}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
