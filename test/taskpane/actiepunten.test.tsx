import { readFileSync } from "node:fs";
import { createRef } from "react";
import {
  actiepuntenVoorstel,
  voegActiepuntenToe,
  type ActiepuntenVoorstel,
} from "../../src/app/verslag/actiepunten";
import type { Outcome } from "../../src/app/outcome";
import { foutTekst } from "../../src/app/weigering-berichten";
import type { NieuweRij } from "../../src/core/verslag/nieuwe-rijen";
import { ExcelEmulator } from "../../src/excel-stand-in";
import { leesVerslagBestand } from "../../src/host/docx/verslag-bestand";
import { OfficeWorkbookPort } from "../../src/host/office";
import { DatumVeld } from "../../src/taskpane/common/DatumVeld";
import {
  bewerk,
  GEEN_KEUZE,
  gekozenRijen,
  vinkAan,
  zonderActie,
} from "../../src/taskpane/verslag/keuze";
import { Voorvertoning } from "../../src/taskpane/verslag/Voorvertoning";
import { fixtureBladen } from "../support/fixture-excel";
import { fixture } from "../support/fixtures";
import { html } from "../support/ssr";

const tekst = (h: string) =>
  h
    .replace(/<style[^]*?<\/style>/g, "")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ");
const geen = () => undefined;

const rij = (nummer: string, actie: string): NieuweRij => ({
  nummer,
  waarden: { actie, accounthouder: "Anja Woortman", status: "Nog niet gestart" },
});

describe("what the user did to the proposed rows, kept apart from the proposal", () => {
  const rijen = [rij("i", "Eerste."), rij("ii", "Tweede."), rij("iii", "Derde.")];

  test("the ticked rows in the verslag's order, with the user's values on top", () => {
    let k = vinkAan(GEEN_KEUZE, "ii", false);
    k = bewerk(k, "iii", "accounthouder", "Henk Mulder");
    k = bewerk(k, "iii", "doel", "#02 Kaders");
    expect(gekozenRijen(rijen, k)).toEqual([
      rijen[0],
      {
        nummer: "iii",
        waarden: {
          actie: "Derde.",
          accounthouder: "Henk Mulder",
          status: "Nog niet gestart",
          doel: "#02 Kaders",
        },
      },
    ]);
    expect(gekozenRijen(rijen, vinkAan(k, "ii", true)).map((r) => r.nummer)).toEqual([
      "i",
      "ii",
      "iii",
    ]);
    // The proposal itself is untouched: a proposal read again gets the same changes on top.
    expect(rijen[2].waarden.accounthouder).toBe("Anja Woortman");
  });

  test("a ticked row whose action text was emptied is named; an unticked one is not", () => {
    const k = bewerk(bewerk(GEEN_KEUZE, "i", "actie", "  "), "ii", "actie", "");
    expect(zonderActie(gekozenRijen(rijen, k))).toEqual(["i", "ii"]);
    expect(zonderActie(gekozenRijen(rijen, vinkAan(k, "ii", false)))).toEqual(["i"]);
  });
});

describe("an optional date field (Volgende DUO)", () => {
  test("empty is no error, where a required date field asks for one", () => {
    const props = { label: "Volgende DUO", wat: "datum", vandaag: "2021-02-24" } as const;
    const leeg = html(<DatumVeld {...props} optioneel standaard="" onWaarde={geen} />);
    expect(leeg).toContain('value=""');
    expect(tekst(leeg)).not.toContain("Vul een datum in");
    const verplicht = html(<DatumVeld {...props} standaard="" onWaarde={geen} />);
    expect(tekst(verplicht)).toContain("Vul een datum in, bijvoorbeeld 31-12-2020.");
  });
});

describe("the preview of Actiepunten uit verslag", () => {
  const VERSLAG = readFileSync(fixture("verslag-duo-2021-01-13.txt"), "utf8");
  let voorstel: ActiepuntenVoorstel;

  function waarde<T>(o: Outcome<T>): T {
    if (!o.ok) throw new Error(foutTekst(o.refusal));
    return o.value;
  }

  beforeAll(async () => {
    // The DUO list with items i and ii of the verslag already on it (ii reworded a little).
    const standIn = ExcelEmulator.fromSheets([
      ...(await fixtureBladen("actielijst-duo-2021.xlsx")),
      ...(await fixtureBladen("accounthouders-duo.xlsx")),
    ]);
    const port = new OfficeWorkbookPort(standIn.run);
    const bron = { soort: "tekst", tekst: VERSLAG } as const;
    const eerst = waarde(await actiepuntenVoorstel(port, bron, {}, leesVerslagBestand));
    const ii = eerst.rijen[1];
    waarde(
      await voegActiepuntenToe(port, eerst, "2021-01-14 09:00:00", [
        eerst.rijen[0],
        {
          ...ii,
          waarden: {
            ...ii.waarden,
            actie:
              "Het volgende DUO staat de herbeoordeling op de agenda. (10)(2e) komt met een notitie daarvoor en stemt die vooraf af met Anja.",
          },
        },
      ])
    );
    voorstel = waarde(await actiepuntenVoorstel(port, bron, {}, leesVerslagBestand));
  });

  const toon = (keuze = GEEN_KEUZE, meer: { verouderd?: boolean } = {}) =>
    tekst(
      html(
        <Voorvertoning
          regio={createRef()}
          voorstel={voorstel}
          keuze={keuze}
          onKeuze={geen}
          bezig={false}
          verouderd={meer.verouderd ?? false}
          onToevoegen={geen}
          onAnnuleer={geen}
          onToon={geen}
        />
      )
    );

  test("on top what Toevoegen writes and where; the next meeting once; an item on the list with its row", () => {
    expect(voorstel.actiepunten[0].bestaand?.row).toBe(41);
    const t = toon();
    expect(t).toContain(
      "Verslag van het DUO van 13-01-2021: 11 actiepunten, 10 nieuw, 1 al op de lijst."
    );
    expect(t).toContain(
      'Onder de lijst op blad "Actielijst": rij 43 tot en met 52, in één keer, met Wijzigingslog.'
    );
    expect(t).toContain("Toevoegen (10 rijen)");
    expect(t).toContain("i. Staat al op de lijst (rij 41)");
    expect(t).toContain("Toon in het blad");
    // The uncertainty of the next meeting is said once, above the items, not under each.
    expect(t.match(/wordt mogelijk verplaatst naar 11-02-2021/g)).toHaveLength(1);
    // Goal and topic only where the list has those columns: here it has both.
    expect(t.match(/Randvoorwaarde/g)).toHaveLength(10);
    expect(t.match(/Onderwerp/g)).toHaveLength(10);
  });

  test("an item that only looks like a row of the list: said, with that row a click away", () => {
    const ii = voorstel.actiepunten[1];
    expect(ii.bestaand).toBeNull();
    expect(ii.findings.map((f) => f.code)).toContain("lijkt-op-bestaande-actie");
    expect(toon()).toMatch(
      /Lijkt op rij 42 van de actielijst \(\d+% gelijk: .*\).*Toon in het blad/
    );
  });

  test("unticked and emptied rows: the button counts the ticked ones and waits for an action text", () => {
    const k = bewerk(vinkAan(GEEN_KEUZE, "iii", false), "iv", "actie", "");
    const t = toon(k);
    expect(t).toContain("Toevoegen (9 rijen)");
    expect(t).toContain("rij 43 tot en met 51");
    expect(t).toContain("Actiepunt iv heeft geen actietekst: vul die in of vink het uit.");
    expect(t).toContain("Vul de actie in, of vink dit actiepunt uit.");
  });
});
