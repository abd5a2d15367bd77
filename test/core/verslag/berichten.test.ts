import { volgendeVergaderingBericht } from "../../../src/core/verslag/berichten";
import type { VolgendeVergadering } from "../../../src/core/verslag/volgende-vergadering";

const ZIN =
  "In verband met een overleg in de Tweede Kamer zal gekeken worden of het DUO van 10 februari verplaatst kan worden naar 11 februari.";
const verslag = (meer: Partial<VolgendeVergadering> = {}): VolgendeVergadering => ({
  datum: "2021-02-10",
  bron: "verslag",
  zeker: true,
  zin: "Het volgende DUO is op 10 februari 2021.",
  ...meer,
});
const gebruiker = (datum: string): VolgendeVergadering => ({
  datum,
  bron: "gebruiker",
  zeker: true,
});

describe("the next meeting as the pane's preview states it, once above the items", () => {
  test.each<[string, VolgendeVergadering | null, VolgendeVergadering | null, string]>([
    [
      "unknown",
      null,
      null,
      'Het verslag noemt de datum van het volgende DUO niet: een actiepunt "voor het volgende DUO" krijgt pas een deadline als u die datum opgeeft bij Volgende DUO.',
    ],
    [
      "said in the verslag",
      verslag(),
      verslag(),
      'Het volgende DUO is op 10-02-2021, volgens het verslag ("Het volgende DUO is op 10 februari 2021.").',
    ],
    [
      "only proposed to move: the finding's sentence, and what to do",
      verslag({ zeker: false, misschien: "2021-02-11", zin: ZIN }),
      verslag({ zeker: false, misschien: "2021-02-11", zin: ZIN }),
      `Het volgende DUO is op 10-02-2021, maar wordt mogelijk verplaatst naar 11-02-2021 ("${ZIN}"). Deadlines die daarop rusten krijgen een "?"; klopt de datum, vul hem dan in bij Volgende DUO.`,
    ],
    [
      "given by the user, the verslag saying another",
      gebruiker("2021-02-11"),
      verslag({ zeker: false }),
      "Het volgende DUO is op 11-02-2021, zoals u opgaf; het verslag noemt 10-02-2021.",
    ],
    [
      "given by the user, the same day",
      gebruiker("2021-02-10"),
      verslag(),
      "Het volgende DUO is op 10-02-2021, zoals u opgaf.",
    ],
    [
      "given by the user, the verslag naming none",
      gebruiker("2021-02-10"),
      null,
      "Het volgende DUO is op 10-02-2021, zoals u opgaf.",
    ],
  ])("%s", (_naam, volgende, inVerslag, tekst) => {
    expect(volgendeVergaderingBericht(volgende, inVerslag)).toBe(tekst);
  });
});
