import { html } from "../support/ssr";
import { BinnenkortVeld } from "../../src/taskpane/common/BinnenkortVeld";
import { DatumVeld } from "../../src/taskpane/common/DatumVeld";
import { PeildatumVeld } from "../../src/taskpane/common/PeildatumVeld";

const geen = () => undefined;

describe("shared input fields say what is wrong, at the field", () => {
  test("peildatum in DD-MM-JJJJ, without a message when it is right", () => {
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
  test("a year outside 2000-2099 is an error", () =>
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
  test("a year far from today asks for a checkbox", () => {
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
  test("Binnenkort (dagen) outside 0-365 is an error, no silent fallback", () => {
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

describe("every other date field reads as the peildatum does (DatumVeld)", () => {
  test("DD-MM-JJJJ text, not the browser's date field, and its messages say 'datum'", () => {
    const uit = html(
      <DatumVeld
        label="DUO van"
        wat="datum"
        standaard="2021-01-13"
        vandaag="2021-02-24"
        onWaarde={geen}
      />
    );
    expect(uit).toContain('value="13-01-2021"');
    expect(uit).toContain('placeholder="DD-MM-JJJJ"');
    expect(uit).not.toMatch(/type="date"/);
    const ver = html(
      <DatumVeld
        label="DUO van"
        wat="datum"
        standaard="2035-01-13"
        vandaag="2021-02-24"
        onWaarde={geen}
      />
    );
    expect(ver).toContain("De datum ligt 14 jaar na vandaag. Klopt het jaar 2035?");
    expect(ver).toContain("Ja, deze datum klopt");
  });
});
