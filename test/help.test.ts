// The user's manual (src/help.html, the manifest's support page, copied to dist/ by the build) names
// every function of the task pane. The functions come from the pane's own texts: the tabs in T.taken
// and the buttons and fields in PANEELFUNCTIES (src/taskpane/texts.ts). A new tab fails here by itself;
// a new button must be added to PANEELFUNCTIES and to the manual.
import { readFileSync } from "fs";
import path from "path";
import { PANEELFUNCTIES, T } from "../src/taskpane/texts";

const bron = readFileSync(path.join(__dirname, "..", "src", "help.html"), "utf8");

/** What a reader sees: no head, no tags, entities decoded, white space as one space. */
function leesbaar(html: string): string {
  return decodeer(
    html
      .replace(/<head>[^]*?<\/head>/, "")
      .replace(/<!--[^]*?-->/g, "")
      .replace(/<[^>]+>/g, " ")
  )
    .replace(/\s+/g, " ")
    .trim();
}

/** The entities a static page needs; any other fails, so that the test reads what the browser shows. */
function decodeer(tekst: string): string {
  const bekend: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', nbsp: " " };
  return tekst.replace(/&(#?\w+);/g, (geheel, naam: string) => {
    if (naam in bekend) return bekend[naam];
    if (/^#\d+$/.test(naam)) return String.fromCodePoint(Number(naam.slice(1)));
    throw new Error(`help.html: onbekende entiteit ${geheel}; schrijf het teken zelf (UTF-8)`);
  });
}

const tekst = leesbaar(bron);
const ids = [...bron.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const koppen = [...bron.matchAll(/<h([23])\s+id="([^"]+)"[^>]*>([^]*?)<\/h\1>/g)].map((m) => ({
  id: m[2],
  tekst: leesbaar(m[3]),
}));

describe("the user's manual names every function of the task pane", () => {
  test.each(Object.entries(T.taken))(
    "tab %s has a section headed %p, with its own anchor",
    (taak, naam) => {
      // The pane's Hulp link opens help.html#<tab>.
      expect(koppen).toContainEqual({ id: taak, tekst: naam });
    }
  );

  test.each(
    Object.entries(PANEELFUNCTIES).flatMap(([waar, labels]) =>
      labels.map((label) => [waar, label] as const)
    )
  )("%s: %p", (_waar, label) => {
    expect(tekst).toContain(label.replace(/\s+/g, " "));
  });

  test("every tab has its functions listed", () => {
    for (const taak of Object.keys(T.taken))
      expect({ taak, functies: taak in PANEELFUNCTIES }).toEqual({ taak, functies: true });
  });
});

describe("the manual's own links and facts", () => {
  test("every anchor is unique and every in-page link lands on one", () => {
    expect(ids.length).toBeGreaterThan(15);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const doelen = [...bron.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]);
    expect(doelen.length).toBeGreaterThan(15);
    expect(doelen.filter((doel) => !ids.includes(doel))).toEqual([]);
  });

  test("every section (h2) has an anchor and the table of contents links to it", () => {
    const h2 = [...bron.matchAll(/<h2(\s[^>]*)?>/g)].map(
      (m) => /id="([^"]+)"/.exec(m[1] ?? "")?.[1]
    );
    expect(h2).not.toContain(undefined);
    const inhoud = /<nav[^]*?<\/nav>/.exec(bron)?.[0] ?? "";
    for (const id of h2.filter((id) => id !== "inhoud"))
      expect({ id, inInhoud: inhoud.includes(`href="#${id}"`) }).toEqual({ id, inInhoud: true });
  });

  test("it loads nothing from outside: the build copies it as it is", () => {
    const adressen = [...bron.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(adressen.filter((a) => /^[a-z]+:|^\/\//i.test(a))).toEqual([]);
    expect(bron).not.toMatch(/@import|url\(/);
  });

  test("the demo is a sample workbook beside the pane, not a pane without a workbook", () => {
    expect(tekst).not.toMatch(/zonder werkmap/i);
    expect(tekst).toContain("voorbeeldwerkmap");
  });
});
