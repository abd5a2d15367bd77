import { NIET_HERKEND } from "../core/accounthouders/berichten";
import { VERSLAG_KOLOMMEN } from "../core/verslag/kolommen";

/** Sheet names as a sentence names them: "blad X", "de bladen X en Y". */
function lijst(bladen: readonly string[]): string {
  const namen = bladen.map((b) => `"${b}"`);
  return namen.length === 1
    ? `blad ${namen[0]}`
    : `de bladen ${namen.slice(0, -1).join(", ")} en ${namen[namen.length - 1]}`;
}

/** Every Dutch text of the task pane, in one place. */
export const T = {
  titel: "Regie",
  demoBanner:
    "Demo: u werkt in een voorbeeldwerkmap in de browser, niet in Excel. Niets wordt opgeslagen.",
  laden: "Regie wordt geladen…",
  hulp: {
    link: "Hulp",
    titel: "De handleiding van Regie, in een nieuw venster",
  },
  taken: {
    actielijst: "Actielijst valideren",
    verschil: "Verschil",
    actiepunten: "Actiepunten",
    accounthouders: "Accounthouders",
    mijlpalen: "Mijlpalen-dashboard",
  },
  keuzelijst: {
    voorvertoningRegio: "Voorvertoning van de keuzelijst",
    kop: "Keuzelijst status in het blad",
    uitleg:
      "Voor collega's zonder Regie: een keuzelijst met de vaste statussen in de kolom Uitvoeringsstatus. Eerst ziet u welke cellen, dan schrijft Regie, met Wijzigingslog en Ongedaan maken.",
    toevoegen: "Keuzelijst status in het blad",
    verwijderen: "Keuzelijst verwijderen",
    toepassen: "Toepassen",
    annuleren: "Annuleren",
    ongedaan: "Ongedaan maken",
    bezig: "Bezig met de keuzelijst…",
    voorvertoning: (soort: "toevoegen" | "verwijderen", blad: string, cellen: number) =>
      soort === "toevoegen"
        ? `Blad "${blad}": ${cellen} ${cellen === 1 ? "cel krijgt" : "cellen krijgen"} de keuzelijst.`
        : `Blad "${blad}": de keuzelijst van Regie gaat uit ${cellen} ${cellen === 1 ? "cel" : "cellen"}.`,
    gebieden: (adressen: readonly string[]) =>
      `Statuskolom (alleen rijen met acties, zonder kopregels): ${adressen.join(", ")}.`,
    statussen: (s: readonly string[]) => `Keuzes: ${s.join(", ")}.`,
    nuGeen: (adres: string) => `${adres}: nu geen gegevensvalidatie.`,
    nuRegie: (adres: string) => `${adres}: nu de keuzelijst van Regie; die gaat eruit.`,
    nuEigen: (adres: string, soort: string) =>
      `${adres}: nu een eigen gegevensvalidatie (${soort}); die wordt vervangen en komt terug bij Ongedaan maken.`,
    regelSoort: {
      list: "lijst",
      wholeNumber: "geheel getal",
      decimal: "decimaal",
      date: "datum",
      time: "tijd",
      textLength: "tekstlengte",
      custom: "aangepast",
    } as Readonly<Record<string, string>>,
    alleenBericht: "alleen een invoerbericht",
    ongemoeid: (n: number) => `${n} ${n === 1 ? "cel blijft" : "cellen blijven"} zoals ze zijn.`,
    klaar: (soort: "toevoegen" | "verwijderen", cellen: number) =>
      soort === "toevoegen"
        ? `De keuzelijst staat in ${cellen} ${cellen === 1 ? "cel" : "cellen"}; vastgelegd in het Wijzigingslog.`
        : `De keuzelijst is uit ${cellen} ${cellen === 1 ? "cel" : "cellen"} gehaald; vastgelegd in het Wijzigingslog.`,
  },
  actielijst: {
    resultaatRegio: "Uitkomst van het valideren",
    peildatum: "Peildatum",
    peildatumHulp: "DD-MM-JJJJ. Deadlines worden beoordeeld ten opzichte van deze datum.",
    eerstVelden:
      "Herstel eerst de peildatum of het aantal dagen: Valideer en markeren kan pas als beide kloppen.",
    blad: "Blad met de actielijst",
    bladAutomatisch: "Automatisch",
    bladAutomatischHulp:
      "Automatisch: het actieve blad als dat een actielijst is, anders het eerste blad met een actielijst.",
    binnenkort: "Binnenkort (dagen)",
    binnenkortHulp: "Acties met een deadline binnen zoveel dagen na de peildatum worden oranje.",
    valideer: "Valideer",
    valideerHulp: "Controleert de actielijst en toont wat opvalt; verandert niets in de werkmap.",
    markeer: "Valideer en markeer",
    markeerHulp:
      "Controleert ook, en kleurt verlopen rijen rood en rijen die binnenkort verlopen oranje (ook de lintknop).",
    wis: "Markeringen wissen",
    wisHulp: "Zet de oorspronkelijke kleuren van gemarkeerde rijen exact terug.",
    bezig: "Bezig met controleren…",
    gevalideerd: (blad: string, acties: number) => `Blad "${blad}": ${acties} acties`,
    gecontroleerd: (peildatum: string, dagen: number, tijd: string) =>
      `Peildatum ${peildatum}, binnenkort ${dagen} ${dagen === 1 ? "dag" : "dagen"}; gecontroleerd om ${tijd}.`,
    volgt: "Bevindingen volgen uw wijzigingen in het blad.",
    opnieuwGecontroleerd: (rijen: readonly number[], tijd: string) =>
      `${rijen.length === 1 ? `Rij ${rijen[0]}` : `Rijen ${rijen.join(", ")}`} opnieuw gecontroleerd om ${tijd}.`,
    volgenMislukt: (reden: string) => `Bevindingen volgen uw wijzigingen niet meer: ${reden}`,
    markeringVerouderd: (peildatum: string, dagen: number) =>
      `De kleuren in de werkmap horen bij peildatum ${peildatum} en binnenkort ${dagen} ${dagen === 1 ? "dag" : "dagen"}. U hebt dat gewijzigd: de markeringen zijn verouderd.`,
    bijwerken: "Markeringen bijwerken",
    rapportVerouderd: (peildatum: string, dagen: number) =>
      `De bevindingen hieronder horen bij peildatum ${peildatum} en binnenkort ${dagen} ${dagen === 1 ? "dag" : "dagen"}, niet bij wat er nu staat.`,
    opnieuw: "Opnieuw valideren",
    geenBevindingen: "Geen bevindingen: de actielijst is in orde.",
    gemarkeerd: (verlopen: number, binnenkort: number) =>
      `${verlopen} ${verlopen === 1 ? "rij" : "rijen"} rood en ${binnenkort} oranje gemarkeerd.`,
    handmatig: (n: number) =>
      `${n} ${n === 1 ? "cel is" : "cellen zijn"} intussen met de hand gekleurd en niet teruggezet.`,
    gewist: (n: number) =>
      n === 0
        ? "Er waren geen markeringen om te wissen."
        : `Oorspronkelijke kleur van ${n} ${n === 1 ? "cel" : "cellen"} teruggezet.`,
  },
  accounthouders: {
    normaliseer: "Normaliseer accounthouders",
    normaliseerHulp:
      "Normaliseer accounthouders schrijft elke accounthouder op één manier (zoals in het register), zodat u per persoon kunt filteren en tellen. Eerst ziet u welke cellen veranderen; pas Toepassen schrijft.",
    celWijzigingen: (n: number) => `Cellen die veranderen (${n})`,
    voorvertoning: (n: number) =>
      `${n} ${n === 1 ? "wijziging" : "wijzigingen"} voorgesteld. Vink uit wat niet klopt.`,
    niets: "Alle accounthouders staan al op één manier geschreven.",
    cellen: (n: number) => `${n} ${n === 1 ? "cel" : "cellen"}`,
    toepassen: (n: number) => `Toepassen (${n} ${n === 1 ? "cel" : "cellen"})`,
    annuleren: "Annuleren",
    regel: (van: string, naar: string) => `${van} naar ${naar}`,
    leeg: "(leeg)",
    toegepast: (n: number) =>
      `${n} ${n === 1 ? "cel" : "cellen"} aangepast. De wijzigingen staan in het Wijzigingslog.`,
    via: {
      alias: "",
      voornaam: "op voornaam",
      achternaam: "op achternaam",
      gelijkenis: "op gelijkenis: controleer",
    },
    onopgelost: (n: number) => `Niet herkend (${n}), blijft zoals geschreven`,
    formules: (n: number) =>
      `Formule (${n}): Regie overschrijft geen formules, pas ${n === 1 ? "deze cel" : "deze cellen"} zelf aan`,
    formuleTekst: (van: string, naar: string) => `${van} (zou ${naar} worden)`,
    nieuweVoorvertoning: "Nieuwe voorvertoning",
    register: "Register",
    registerFouten: (n: number) => `Het register heeft ${n} ${n === 1 ? "probleem" : "problemen"}`,
    opbouwen: "Register opbouwen",
    opbouwenHulp:
      "Register opbouwen stelt een register voor uit de namen in de kolom Account-houder: per persoon een naam en de schrijfwijzen (aliassen) die Regie vond.",
    opbouwenUitleg:
      "Controleer namen en aliassen (gescheiden door ;) en vink uit wie niet in het register hoort.",
    bestaatAl: (blad: string) =>
      `Er is al een blad Accounthouders; Regie verandert dat niet. U kunt dit voorstel opslaan op een nieuw blad "${blad}", om te vergelijken of rijen met de hand over te nemen.`,
    naam: "Naam",
    aliassen: "Aliassen",
    opnemen: (naam: string) => `${naam} opnemen`,
    schrijfRegister: (n: number) => `Register schrijven (${n} ${n === 1 ? "persoon" : "personen"})`,
    slaVoorstelOp: (blad: string, n: number) =>
      `Opslaan als nieuw blad "${blad}" (${n} ${n === 1 ? "persoon" : "personen"})`,
    registerPreview: (blad: string, bereik: string, n: number) =>
      `Regie maakt het nieuwe blad "${blad}" met de kop en ${n} ${n === 1 ? "persoon" : "personen"} (${bereik}). Geen bestaand blad wordt overschreven; de cellen komen in het Wijzigingslog en Ongedaan maken haalt het blad weer weg.`,
    registerCellen: (n: number) => `Cellen op het nieuwe blad (${n})`,
    registerGeschreven: (blad: string, n: number) =>
      `Blad "${blad}" gemaakt met ${n} ${n === 1 ? "persoon" : "personen"}. De cellen staan in het Wijzigingslog.`,
    overzicht: "Overzicht per accounthouder",
    overzichtHulp:
      "Per accounthouder de open acties met deadline en verkeerslicht ten opzichte van de peildatum, verlopen eerst. Klik een actie om haar cel te selecteren.",
    overzichtKop: (peildatum: string, personen: number) =>
      `Peildatum ${peildatum}: ${personen} ${personen === 1 ? "persoon" : "personen"} met open acties.`,
    open: "open",
    verlopen: "verlopen",
    binnenkort: "binnenkort",
    actie: (rij: number, tekst: string) => `Rij ${rij}: ${tekst || "(geen omschrijving)"}`,
    groepPersonen: "Personen",
    geenPersonen: "Geen persoon heeft open acties.",
    groepNietHerkend: "Niet herkend",
    nietHerkendUitleg:
      "Schrijfwijzen die in het register niet bij één persoon horen: ze passen bij meer personen of bij niemand. Regie telt hun acties bij geen persoon. Schrijf de naam voluit, of zet de schrijfwijze op het blad Accounthouders als alias bij één persoon.",
    groepNietToegewezen: "Nog niet toegewezen",
    nietToegewezenUitleg:
      "Acties met N.t.b. (nader te bepalen), N.v.t. (niet van toepassing) of zonder accounthouder (een lege cel, een streepje): hier is nog niemand aan gekoppeld. Het zijn geen personen.",
    groepGelakt: "Gelakt (Woo)",
    lakmerkUitleg:
      "(10)(2e) is een Woo-lakmerk, geen persoon. In stukken die openbaar zijn gemaakt op grond van de Wet open overheid (Woo) is de naam weggelakt, met een verwijzing naar artikel 10, lid 2, onder e (bescherming van de persoonlijke levenssfeer). OCR maakt er vaak iets anders van, zoals 0/26, 10)(2e) of 0)(2e); Regie herkent die vormen en schrijft ze als (10)(2e). Wie de actie heeft, staat in de niet-gelakte versie van de lijst.",
    deadline: (datum: string | null, geschreven: string | null) =>
      datum === null
        ? geschreven
          ? `deadline "${geschreven}"`
          : "geen deadline"
        : geschreven
          ? `deadline ${datum} ("${geschreven}")`
          : `deadline ${datum}`,
    dagen: (n: number | null) =>
      n === null
        ? ""
        : n < 0
          ? `${-n} ${n === -1 ? "dag" : "dagen"} over tijd`
          : n === 0
            ? "vandaag"
            : `nog ${n} ${n === 1 ? "dag" : "dagen"}`,
    kopieer: "Kopieer als e-mailtekst",
    kopieerUitleg:
      "Kopieer als e-mailtekst zet de open en verlopen acties van die persoon als platte tekst op het klembord, om in Outlook te plakken.",
    gekopieerd: (naam: string) =>
      `De e-mailtekst voor ${naam} staat op het klembord: plak hem in een mail (Ctrl+V).`,
    kopieerMislukt:
      "Kopiëren naar het klembord lukte niet (Excel op het web kan dat blokkeren). De tekst staat hieronder geselecteerd: kopieer hem met Ctrl+C.",
    mailTekst: (naam: string) => `E-mailtekst voor ${naam}`,
  },
  cellen: {
    ga: (cel: string) => `Selecteer cel ${cel}`,
    enNog: (n: number) => `en nog ${n} ${n === 1 ? "cel" : "cellen"}`,
    alle: (n: number) => `Toon alle ${n} cellen`,
    minder: "Toon minder",
  },
  invoer: {
    peildatumBevestig: "Ja, deze peildatum klopt",
    datumBevestig: "Ja, deze datum klopt",
    /** Beside the field it belongs to, so the field's own label is not repeated (nor matched). */
    kiesDatum: "Kies in de kalender",
  },
  mijlpalen: {
    herken: "Bladen opnieuw herkennen",
    indeling: {
      momentopnamen: "Momentopname per kwartaal: één blad per kwartaal met de fase per adres.",
      mijlpaaldatums: "Datum per mijlpaal: één blad met per adres de datum van elke mijlpaal.",
      gemengd:
        "Er zijn zowel kwartaalbladen als een blad met mijlpaaldatums; Regie weet niet welke te gebruiken. Verwijder of hernoem de bladen die niet meedoen.",
      geen: "Geen bladen met adressen gevonden: Regie zoekt een kop met Adres-ID en Fase, of Adres-ID en Datum opname, Datum beoordeling ...",
    },
    bron: "Bronbladen",
    kwartaal: (blad: string) => `Kwartaal van blad ${blad}`,
    kwartaalHint: "Bijvoorbeeld Q1 2020 of 31-3-2020",
    kwartaalOnbekend: "Kwartaal niet uit de naam af te leiden: vul het in.",
    peildatum: "Peildatum",
    peildatumHulp:
      "DD-MM-JJJJ. Standaard het einde van het laatste volledige kwartaal; kwartalen na de peildatum tellen niet mee.",
    nietMaken: "Herstel eerst de velden met een fout.",
    uitNaam: "uit de bladnaam",
    opgegeven: "door u opgegeven",
    nietGebruikt: (bladen: string[]) => `Niet gebruikt: ${bladen.join(", ")}`,
    doel: (naam: string, vervangt: boolean) =>
      vervangt
        ? `Het dashboard vervangt blad "${naam}" (eerder door Regie gemaakt).`
        : `Het dashboard komt op een nieuw blad "${naam}".`,
    bezet:
      'Er is al een blad "Dashboard mijlpalen" dat niet door Regie is gemaakt; dat blijft zoals het is.',
    maak: "Dashboard maken",
    annuleer: "Annuleren",
    stap: { lezen: "Bladen lezen…", tellen: "Adressen tellen…", schrijven: "Dashboard schrijven…" },
    klaar: (blad: string, kwartalen: number) =>
      `Blad "${blad}" gemaakt: ${kwartalen} ${kwartalen === 1 ? "kwartaal" : "kwartalen"}.`,
    meldingen: (n: number) =>
      n === 0
        ? "Alle rijen zijn geteld, zonder meldingen."
        : `${n} ${n === 1 ? "melding" : "meldingen"} (dubbele adressen, terugval, onleesbare datums ...): zie hieronder en op het dashboardblad.`,
    meldingenKop: (n: number) => `Meldingen (${n})`,
    meerMeldingen: (n: number) =>
      `En ${n} ${n === 1 ? "melding" : "meldingen"} meer: alle staan op het dashboardblad.`,
    naarBlad: "Naar het dashboard",
    laatste: (label: string) => `Stand ${label}`,
    totaal: "Totaal",
    doorstroom: {
      paar: (vorig: string, nu: string) => `${vorig} → ${nu}`,
      kop: (paar: string) => `Dit kwartaal doorgestroomd (${paar})`,
      beweging: (van: string, naar: string) => `${van} → ${naar}`,
      geen: "Geen adres is van fase veranderd.",
      voltooid: "Voltooid bereikt",
    },
  },
  regio: {
    kop: "Gemeenten toevoegen",
    uitleg:
      "Kies de werkmap van elke gemeente (.xlsx). Regie telt elke werkmap zoals die alleen zou tellen en telt de gemeenten per kwartaal op; de werkmappen blijven ongewijzigd.",
    kies: "Werkmappen kiezen",
    gekozen: (n: number) => `Gekozen werkmappen (${n})`,
    grootte: (bytes: number) =>
      bytes < 1024 * 1024
        ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("nl-NL")} kB`
        : `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`,
    verwijder: (naam: string) => `${naam} verwijderen`,
    dubbel: (naam: string) => `${naam} staat al in de lijst.`,
    geenXlsx: (namen: string[]) => `Geen .xlsx, niet toegevoegd: ${namen.join(", ")}`,
    tel: "Regio tellen",
    voortgang: "Voortgang per werkmap",
    stap: { wacht: "wacht", lezen: "lezen…", tellen: "tellen…", klaar: "klaar" },
    tellend: (klaar: number, van: number) => `Werkmap ${klaar} van ${van} geteld`,
    geteld: (gemeenten: number, kwartalen: number) =>
      `Regio geteld: ${gemeenten} gemeenten, ${kwartalen} ${kwartalen === 1 ? "kwartaal" : "kwartalen"}.`,
    onvolledigTelling: (n: number) =>
      `${n === 1 ? "Eén kwartaal is" : `${n} kwartalen zijn`} onvolledig: de regio telt daar alleen de gemeenten die het kwartaal hebben.`,
    meer: (n: number) => `En ${n} meer.`,
    laatste: (label: string) => `Regio, stand ${label} (laatste volledige kwartaal)`,
    geenVolledig: "Geen kwartaal dat alle gemeenten hebben.",
    onvolledig: "Onvolledige kwartalen",
    perGemeente: (label: string) => `Per gemeente, totaal ${label}`,
    gemeenteNiet: "heeft dit kwartaal niet",
    bevindingen: (n: number) => `Meldingen over de werkmappen heen (${n})`,
    geenBevindingen: "Geen: geen adres in twee gemeenten, geen gemeente twee keer.",
    inWerkmappen: (n: number) =>
      n === 0
        ? "In de werkmappen zelf: geen meldingen."
        : `In de werkmappen zelf: ${n} ${n === 1 ? "melding" : "meldingen"} (op het regioblad).`,
    maak: "Regiodashboard maken",
    stapSchrijven: "Regiodashboard schrijven…",
    klaar: (blad: string, vervangen: boolean) =>
      vervangen
        ? `Blad "${blad}" opnieuw gemaakt (het vorige regioblad van Regie is vervangen).`
        : `Blad "${blad}" gemaakt.`,
    bezet:
      'Er is al een blad "Dashboard regio" dat niet door Regie is gemaakt; dat blijft zoals het is.',
    naarBlad: "Naar het regiodashboard",
    fouten: (n: number) => `En ${n - 1} ${n === 2 ? "werkmap" : "werkmappen"} meer: zie hieronder.`,
  },
  licht: {
    overdue: "Verlopen",
    "due-soon": "Binnenkort",
    "on-track": "Op schema",
    done: "Gereed",
    "no-deadline": "Zonder deadline",
  },
  ernst: { error: "Fouten", warning: "Waarschuwingen", info: "Meldingen" },
  bevinding: {
    lijst: "Bevindingen",
    filterEigenaar: "Accounthouder",
    alleEigenaren: "Alle",
    filterErnst: "Ernst",
    alleErnst: "Alle",
    getoond: (n: number, van: number) => `${n} van ${van} bevindingen getoond.`,
    geenGefilterd: "Geen bevindingen voor dit filter.",
    termijn: {
      overdue: (n: number) => `Verlopen (${n})`,
      "due-soon": (n: number) => `Binnenkort verlopen (${n})`,
    },
    dagen: (licht: "overdue" | "due-soon", n: number) =>
      licht === "overdue"
        ? `${n} ${n === 1 ? "dag" : "dagen"} over tijd`
        : n === 0
          ? "vandaag"
          : `nog ${n} ${n === 1 ? "dag" : "dagen"}`,
    deadline: (tekst: string) => `deadline ${tekst}`,
    geenEigenaar: "geen accounthouder",
    geenActie: (rij: number) => `(rij ${rij}, zonder actietekst)`,
    overige: (n: number) => `Overige bevindingen (${n})`,
    groep: (n: number, soort: string) => `${n} x ${soort}`,
    ernst: { error: "fout", warning: "waarschuwing", info: "melding" },
    herstelAlle: (n: number) => `Herstel alle (${n})`,
    herstelAlleUitleg: (n: number) =>
      `${n} ${n === 1 ? "status heeft" : "statussen hebben"} een voorgestelde schrijfwijze. Herstel alle schrijft ze in één keer; één keer Ongedaan maken zet ze alle terug.`,
    herstelRegel: (cel: string, van: string, naar: string) => `${cel}: "${van}" wordt "${naar}"`,
    alleHersteld: (n: number) =>
      `${n} ${n === 1 ? "status" : "statussen"} hersteld. De wijzigingen staan in het Wijzigingslog.`,
    ga: (cel: string) => `Ga naar ${cel}`,
    rij: (rij: number | string) => `rij ${rij}`,
    herstel: (naar: string) => `Herstel naar "${naar}"`,
    logActie: "Herstel status",
    hersteld: (cel: string, naar: string) =>
      `${cel} is gewijzigd in "${naar}". De wijziging staat in het Wijzigingslog.`,
    zetRijTerug: "Zet rij terug",
    terugUitleg: (rij: number, n: number) =>
      `Zet rij terug verplaatst ${n} ${n === 1 ? "cel" : "cellen"} van rij ${rij} één kolom terug:`,
    terugRegel: (van: string, naar: string, waarde: string) => `${van} → ${naar}: "${waarde}"`,
    terugLeeg: (cel: string) => `${cel} wordt leeg`,
    teruggezet: (rij: number, n: number) =>
      `Rij ${rij} staat weer in zijn kolommen (${n} ${n === 1 ? "cel" : "cellen"} gewijzigd). De wijzigingen staan in het Wijzigingslog.`,
    /** The domain's own wording (core/accounthouders/berichten.ts): the same in every view. */
    kandidaten: NIET_HERKEND.dubbelzinnig,
    kandidatenAdvies: NIET_HERKEND.dubbelzinnigAdvies,
  },
  onderbreking: {
    titel: (taak: string, tijd: string) => `Niet afgemaakt: ${taak} (begonnen om ${tijd})`,
    uitleg:
      "Het taakvenster werd gesloten (of Excel stopte) terwijl Regie schreef. Regie kan pas weer schrijven als dit is opgelost.",
    onbekendeTaak: "een schrijfactie",
    plan: (cellen: number, weg: readonly string[], terug: readonly string[]) =>
      "Terugdraaien: " +
        [
          cellen > 0 &&
            `${cellen} ${cellen === 1 ? "cel krijgt" : "cellen krijgen"} terug wat er stond`,
          weg.length > 0 && `${lijst(weg)} ${weg.length === 1 ? "wordt" : "worden"} verwijderd`,
          terug.length > 0 && `${lijst(terug)} ${terug.length === 1 ? "komt" : "komen"} terug`,
        ]
          .filter(Boolean)
          .join("; ") || "Er is niets half geschreven; alleen Regie's schrijfslot is blijven staan",
    cellen: (cellen: readonly string[]) => `Cellen: ${cellen.join(", ")}.`,
    gehouden: (bladen: readonly string[]) =>
      `${lijst(bladen)} ${bladen.length === 1 ? "blijft" : "blijven"} staan: daar staat intussen meer dan Regie schreef. Verwijder zelf wat weg moet.`,
    gewijzigd: (cellen: readonly string[]) =>
      `Sindsdien gewijzigd, dus niet teruggezet: ${cellen.join(", ")}.`,
    zonderPlan: (bladen: readonly string[]) =>
      bladen.length > 0
        ? `Regie kan niet precies zeggen wat er half geschreven is (de schrijfactie was te groot om bij te houden). Controleer ${lijst(bladen)}.`
        : "Regie kan niet lezen wat er half geschreven is. Controleer de bladen waar u toen mee werkte.",
    terugdraaien: "Terugdraaien",
    gezien: "Gezien, slot opheffen",
    teruggedraaid: (n: number) =>
      `Teruggedraaid: ${n} ${n === 1 ? "cel" : "cellen"} teruggezet. Regie kan weer schrijven.`,
    opgeheven: "Het schrijfslot is opgeheven. Regie kan weer schrijven.",
  },
  ongedaan: {
    knop: "Ongedaan maken",
    gedaan: (n: number, actie: string) =>
      `${actie}: ${n} ${n === 1 ? "cel" : "cellen"} teruggezet.`,
    overgeslagen: (cellen: string[]) =>
      `Niet teruggezet omdat ze sindsdien zijn gewijzigd: ${cellen.join(", ")}.`,
  },
  demo: {
    werkmap: "Voorbeeldwerkmap",
    pane: "Regie-taakvenster",
    tabel: (naam: string, adres: string) => `Excel-tabel ${naam} (${adres})`,
    keuzelijst: (bron: string) => `Keuzelijst: ${bron.split(",").join(", ")}`,
    toonBlad: "Toon het werkblad",
    toonPaneel: "Terug naar het taakvenster",
    bewerkCel: (adres: string) => `Cel ${adres} bewerken`,
  },
  fout: {
    algemeen: "Er ging iets mis. Er is niets gewijzigd.",
  },
  actiepunten: {
    kop: "Actiepunten uit verslag",
    laden: "Actiepunten uit verslag wordt geladen…",
    uitleg:
      "Zet de actiepunten uit het verslag van een DUO als nieuwe rijen onder de actielijst. Eerst ziet u wat Regie leest; u kiest welke rijen erbij komen en past ze aan.",
    bron: "Verslag uit",
    bestand: "Een bestand",
    tekst: "Geplakte tekst",
    kiesBestand: "Kies verslag…",
    geenBestand: "Nog geen verslag gekozen (.docx of .txt).",
    tekstVeld: "Tekst van het verslag",
    tekstHulp:
      "Plak de hele tekst, met de Vergaderdatum en de Actiepuntenlijst (de Besluitenlijst mag erbij: besluiten zijn geen actiepunten).",
    volgende: "Volgende DUO",
    volgendeHulp:
      'DD-MM-JJJJ. Leeg: de datum die het verslag noemt. Een actiepunt "voor het volgende DUO" krijgt deze datum als deadline.',
    lees: "Lees actiepunten",
    bezig: "Bezig met lezen…",
    schrijven: "Bezig met toevoegen…",
    voorvertoningRegio: "Voorvertoning van de actiepunten",
    samenvatting: (datum: string, n: number, nieuw: number) =>
      `Verslag van het DUO van ${datum}: ${n} ${n === 1 ? "actiepunt" : "actiepunten"}${
        nieuw === 0
          ? ""
          : nieuw === n
            ? n === 1
              ? ", nieuw"
              : ", alle nieuw"
            : `, ${nieuw} nieuw, ${n - nieuw} al op de lijst`
      }.`,
    niets: (n: number) =>
      `${n === 1 ? "Het actiepunt staat" : `Alle ${n} actiepunten staan`} al op de lijst; er is niets toe te voegen.`,
    plaats: (blad: string, van: number, aantal: number) =>
      aantal === 0
        ? "Vink minstens één actiepunt aan om toe te voegen."
        : `Onder de lijst op blad "${blad}": ${aantal === 1 ? `rij ${van}` : `rij ${van} tot en met ${van + aantal - 1}`}, in één keer, met Wijzigingslog.`,
    toevoegen: (n: number) => `Toevoegen (${n} ${n === 1 ? "rij" : "rijen"})`,
    annuleren: "Annuleren",
    actieLeeg: "Vul de actie in, of vink dit actiepunt uit.",
    eerstActie: (nummers: readonly string[]) =>
      `Actiepunt ${nummers.join(", ")} heeft geen actietekst: vul die in of vink het uit.`,
    lijst: "Actiepunten in het verslag",
    groep: (nummer: string) => `Actiepunt ${nummer}`,
    meldingen: (nummer: string) => `Meldingen bij actiepunt ${nummer}`,
    kies: (nummer: string) => `${nummer}. Toevoegen`,
    bestaand: (rij: number) => `Staat al op de lijst (rij ${rij})`,
    toon: "Toon in het blad",
    toonRij: (rij: number) => `Toon rij ${rij} in het blad`,
    deadlineUitVerslag: (tekst: string, datum: string | null) =>
      `In het verslag: "${tekst}"${datum ? ` (${datum})` : ""}`,
    geenKeuze: "(leeg)",
    vast: (status: string, opmerking: string) => `Status ${status}; opmerking "${opmerking}".`,
    ontbrekend: (kolommen: readonly string[]) =>
      `Het blad heeft geen kolom ${kolommen.join(", ")}; die waarden schrijft Regie niet.`,
    toegevoegd: (blad: string, rijen: readonly number[]) =>
      `${rijen.length} ${rijen.length === 1 ? "rij" : "rijen"} toegevoegd op blad "${blad}" (${
        rijen.length === 1
          ? `rij ${rijen[0]}`
          : `rij ${rijen[0]} tot en met ${rijen[rijen.length - 1]}`
      }). De cellen staan in het Wijzigingslog.`,
    leesOpnieuw: "Lees opnieuw",
  },
  verschil: {
    resultaatRegio: "Uitkomst van de vergelijking",
    kop: "Verschil met eerdere versie",
    uitleg:
      "Wat is er veranderd sinds de vorige vergadering? Vergelijk de open actielijst met een eerder bestand of met een vastlegging in deze werkmap.",
    bron: "Vergelijk met",
    bestand: "Een bestand",
    vastlegging: "Een vastlegging",
    kiesBestand: "Kies bestand…",
    geenBestand: "Nog geen bestand gekozen (.xlsx).",
    bestandDatum: "Datum van die versie",
    bestandDatumHulp:
      "Standaard de datum van het bestand; het blad heet Wijzigingen sinds deze datum.",
    kiesVastlegging: "Vastlegging",
    geenVastleggingen:
      "Er is nog geen vastlegging in deze werkmap. Leg de lijst hieronder vast voor een DUO.",
    vastleggingOptie: (datum: string, n: number) => `DUO van ${datum} (${n} acties)`,
    vergelijk: "Vergelijk",
    bezig: "Bezig met vergelijken…",
    resultaat: (bron: string, oud: number, nieuw: number) =>
      `Open lijst (${nieuw} acties) vergeleken met ${bron} (${oud} acties).`,
    geenVerschil:
      "Geen verschillen: dezelfde acties met dezelfde status, deadline en accounthouders.",
    sectie: (kop: string, n: number) => `${kop} (${n})`,
    ga: (cel: string) => `Ga naar ${cel}`,
    eerdereRij: (rij: number) => `rij ${rij} in de eerdere versie`,
    was: (rij: number) => `was rij ${rij}`,
    onzeker: "onzeker",
    schrijf: (blad: string) => `Schrijf blad "${blad}"`,
    schrijfHulp: (vervangt: boolean, bezet: boolean) =>
      vervangt
        ? "Vervangt het blad dat Regie eerder met deze naam maakte."
        : bezet
          ? "Een blad van u heeft de gewone naam; Regie maakt zijn blad ernaast en laat het uwe staan."
          : "Een nieuw blad met deze lijst, aan te klikken en af te drukken.",
    geschreven: (blad: string, n: number, vervangen: boolean) =>
      `Blad "${blad}" ${vervangen ? "opnieuw gemaakt" : "gemaakt"} met ${n} ${n === 1 ? "regel" : "regels"}.`,
    legVastKop: "Vastleggen",
    legVastDatum: "DUO van",
    legVastHulp:
      "Bewaart de lijst zoals hij nu is op het blad Regie-vastleggingen (gewone cellen, ook zonder Regie te lezen). Een vastlegging van dezelfde datum wordt vervangen.",
    legVast: (datum: string) => `Leg vast voor het DUO van ${datum}`,
    vastgelegd: (datum: string, n: number, vervangen: boolean) =>
      `${n} acties vastgelegd voor het DUO van ${datum}${vervangen ? " (de vorige vastlegging van die datum is vervangen)" : ""}.`,
    verwijder: "Verwijder deze vastlegging",
    verwijderd: (datum: string, n: number) =>
      `De vastlegging voor het DUO van ${datum} (${n} acties) is verwijderd.`,
  },
} as const;

/** The fixed start of a label whose end the pane fills in (a date, a count, a sheet name). */
function begin(label: string): string {
  return label.replace(/\s*["(…].*$/, "");
}

/**
 * Every function of the task pane, per tab, by the words of its button, field or heading: the user's
 * manual (src/help.html) names each one, and test/help.test.ts fails when it does not. A new tab in
 * T.taken must get an entry here (the type demands it); a new button or field goes here and into the
 * manual.
 */
export const PANEELFUNCTIES = {
  actielijst: [
    T.actielijst.blad,
    T.actielijst.peildatum,
    T.actielijst.binnenkort,
    T.actielijst.valideer,
    T.actielijst.markeer,
    T.actielijst.wis,
    T.actielijst.bijwerken,
    T.actielijst.opnieuw,
    begin(T.bevinding.termijn.overdue(0)),
    begin(T.bevinding.termijn["due-soon"](0)),
    begin(T.bevinding.overige(0)),
    begin(T.bevinding.herstel("…")),
    begin(T.bevinding.herstelAlle(0)),
    T.bevinding.zetRijTerug,
    T.keuzelijst.toevoegen,
    T.keuzelijst.verwijderen,
    T.actielijst.volgt,
  ],
  verschil: [
    T.verschil.kop,
    T.verschil.bron,
    T.verschil.bestand,
    T.verschil.vastlegging,
    begin(T.verschil.kiesBestand),
    T.verschil.bestandDatum,
    T.verschil.vergelijk,
    begin(T.verschil.schrijf("…")),
    T.verschil.legVastKop,
    T.verschil.legVastDatum,
    begin(T.verschil.legVast("…")),
    T.verschil.verwijder,
  ],
  actiepunten: [
    T.actiepunten.kop,
    T.actiepunten.bron,
    T.actiepunten.bestand,
    T.actiepunten.tekst,
    begin(T.actiepunten.kiesBestand),
    T.actiepunten.tekstVeld,
    T.actiepunten.volgende,
    T.actiepunten.lees,
    begin(T.actiepunten.toevoegen(0)),
    T.actiepunten.annuleren,
    VERSLAG_KOLOMMEN.actie,
    VERSLAG_KOLOMMEN.accounthouder,
    VERSLAG_KOLOMMEN.deadline,
    VERSLAG_KOLOMMEN.doel,
    VERSLAG_KOLOMMEN.onderwerp,
    begin(T.actiepunten.bestaand(0)),
    T.actiepunten.toon,
    T.actiepunten.leesOpnieuw,
  ],
  accounthouders: [
    T.accounthouders.normaliseer,
    begin(T.accounthouders.toepassen(0)),
    T.accounthouders.annuleren,
    T.accounthouders.nieuweVoorvertoning,
    T.accounthouders.opbouwen,
    begin(T.accounthouders.schrijfRegister(0)),
    begin(T.accounthouders.slaVoorstelOp("…", 0)),
    T.accounthouders.overzicht,
    T.accounthouders.groepNietHerkend,
    T.accounthouders.groepNietToegewezen,
    T.accounthouders.groepGelakt,
    T.accounthouders.kopieer,
  ],
  mijlpalen: [
    T.mijlpalen.bron,
    begin(T.mijlpalen.kwartaal("…")),
    T.mijlpalen.peildatum,
    T.mijlpalen.maak,
    T.mijlpalen.annuleer,
    T.mijlpalen.herken,
    begin(T.mijlpalen.laatste("…")),
    begin(T.mijlpalen.doorstroom.kop("…")),
    T.mijlpalen.doorstroom.voltooid,
    begin(T.mijlpalen.meldingenKop(0)),
    T.mijlpalen.naarBlad,
    T.regio.kop,
    T.regio.kies,
    T.regio.tel,
    begin(T.regio.laatste("…")),
    T.regio.onvolledig,
    begin(T.regio.perGemeente("…")),
    begin(T.regio.bevindingen(0)),
    T.regio.maak,
    T.regio.naarBlad,
  ],
  algemeen: [
    T.ongedaan.knop,
    begin(T.onderbreking.titel("…", "…")),
    T.onderbreking.terugdraaien,
    T.onderbreking.gezien,
    T.demo.toonBlad,
    T.demo.toonPaneel,
    T.hulp.link,
  ],
} satisfies Record<keyof typeof T.taken | "algemeen", readonly string[]>;
