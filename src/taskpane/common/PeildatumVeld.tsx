import type { IsoDate } from "../../core/dates/iso";
import { DatumVeld } from "./DatumVeld";

/** The peildatum field: a DatumVeld whose messages call it the peildatum. */
export function PeildatumVeld(props: {
  label: string;
  hint: string;
  standaard: IsoDate;
  vandaag: IsoDate;
  onWaarde: (peildatum: IsoDate | null) => void;
  disabled?: boolean;
}) {
  return <DatumVeld {...props} wat="peildatum" />;
}
