import { Divider, Text } from "@fluentui/react-components";
import type { ActielijstOptions } from "../../app/regie";
import { T } from "../texts";
import { Normalisatie } from "./Normalisatie";
import { Overzicht } from "./Overzicht";
import { RegisterOpbouwen } from "./RegisterOpbouwen";
import { useGedeeldeStijlen } from "../common/stijlen";

/**
 * Accounthouders: normalise owner names, build the registry, and the overview per owner. After each
 * action its result (or its message) is scrolled into view and focused, beside where the user acted.
 */
export function AccounthoudersPaneel({ opties }: { opties: () => ActielijstOptions }) {
  const g = useGedeeldeStijlen();
  return (
    <section className={g.paneel} aria-label={T.taken.accounthouders}>
      <Normalisatie opties={opties} />
      <Divider />
      <Text weight="semibold">{T.accounthouders.register}</Text>
      <div className={g.paneel}>
        <RegisterOpbouwen opties={opties} />
      </div>
      <Divider />
      <Overzicht opties={opties} />
    </section>
  );
}
