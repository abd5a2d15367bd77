import { Divider, Text } from "@fluentui/react-components";
import { useRef } from "react";
import type { ActielijstOptions } from "../../app/regie";
import { T } from "../texts";
import { Normalisatie } from "./Normalisatie";
import { Overzicht } from "./Overzicht";
import { RegisterOpbouwen } from "./RegisterOpbouwen";
import { useGedeeldeStijlen } from "../common/stijlen";

/** Accounthouders: normalise owner names, build the registry, and the overview per owner. */
export function AccounthoudersPaneel({ opties }: { opties: () => ActielijstOptions }) {
  const g = useGedeeldeStijlen();
  const registerRef = useRef<HTMLDivElement>(null);
  return (
    <section className={g.paneel} aria-label={T.taken.accounthouders}>
      <Normalisatie
        opties={opties}
        onGeenRegister={() => registerRef.current?.querySelector("button")?.focus()}
      />
      <Divider />
      <Text weight="semibold">{T.accounthouders.register}</Text>
      <div ref={registerRef} className={g.paneel}>
        <RegisterOpbouwen opties={opties} />
      </div>
      <Divider />
      <Overzicht opties={opties} />
    </section>
  );
}
