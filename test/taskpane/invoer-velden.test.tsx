import {
  createDOMRenderer,
  FluentProvider,
  RendererProvider,
  SSRProvider,
  webLightTheme,
} from "@fluentui/react-components";
import { renderToString } from "react-dom/server";
import { BinnenkortVeld } from "../../src/taskpane/common/BinnenkortVeld";
import { PeildatumVeld } from "../../src/taskpane/common/PeildatumVeld";

function html(node: React.ReactElement): string {
  return renderToString(
    <RendererProvider renderer={createDOMRenderer()}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>{node}</FluentProvider>
      </SSRProvider>
    </RendererProvider>
  );
}

const geen = () => undefined;

describe("gedeelde invoervelden zeggen wat er mis is, bij het veld", () => {
  test("peildatum in DD-MM-JJJJ, zonder melding als hij klopt", () => {
    const uit = html(
      <PeildatumVeld
        label="Peildatum"
        hint="h"
        standaard="2020-12-31"
        vandaag="2021-02-24"
        onWaarde={geen}
      />
    );
    expect(uit).toContain('value="31-12-2020"');
    expect(uit).not.toContain("kan niet");
  });
  test("een jaar buiten 2000-2099 is een fout", () =>
    expect(
      html(
        <PeildatumVeld
          label="Peildatum"
          hint="h"
          standaard="2202-02-24"
          vandaag="2021-02-24"
          onWaarde={geen}
        />
      )
    ).toContain("Het jaar 2202 kan niet"));
  test("een jaar ver van vandaag vraagt een vinkje", () => {
    const uit = html(
      <PeildatumVeld
        label="Peildatum"
        hint="h"
        standaard="2030-01-01"
        vandaag="2021-02-24"
        onWaarde={geen}
      />
    );
    expect(uit).toContain("Klopt het jaar 2030?");
    expect(uit).toContain("Ja, deze peildatum klopt");
  });
  test("Binnenkort (dagen) buiten 0-365 is een fout, geen stille terugval", () => {
    expect(
      html(<BinnenkortVeld label="Binnenkort (dagen)" hint="h" waarde={400} onWaarde={geen} />)
    ).toContain("400 dagen is te veel");
    const goed = html(
      <BinnenkortVeld label="Binnenkort (dagen)" hint="h" waarde={14} onWaarde={geen} />
    );
    expect(goed).toContain('value="14"');
    expect(goed).not.toContain("geen geldig");
  });
});
