import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { html } from "../support/ssr";
import { Bevindingen } from "../../src/taskpane/actielijst/Bevindingen";

const SCRIPT = `<img src=x onerror="alert('regie')"><script>alert(1)</script>`;

describe("cell text in the task pane is text, never HTML", () => {
  test("a finding with HTML and script in the cell text is shown escaped", () => {
    const uit = html(
      <Bevindingen
        rapport={{
          sheet: "Actielijst",
          acties: [],
          findings: [
            {
              code: "status-onbekend",
              severity: "error",
              sheet: "Actielijst",
              cell: "E5",
              params: { row: 5, tekst: SCRIPT },
            },
          ],
        }}
        onSelecteer={() => undefined}
        onHerstel={() => undefined}
        onHerstelAlle={() => undefined}
        onZetRijTerug={() => undefined}
        bezig={false}
      />
    );
    expect(uit).toContain("&lt;img src=x onerror=");
    expect(uit).toContain("&lt;script&gt;");
    expect(uit).not.toMatch(/<img |<script>/);
  });

  test("an ambiguous accounthouder with HTML in the cell: the candidates line is text", () => {
    const uit = html(
      <Bevindingen
        rapport={{
          sheet: "Actielijst",
          acties: [],
          findings: [
            {
              code: "accounthouder-dubbelzinnig",
              severity: "warning",
              sheet: "Actielijst",
              cell: "D5",
              params: {
                row: 5,
                tekst: SCRIPT,
                kandidaten: "Anja Woortman; Arend Woortman",
                aantal: 2,
              },
            },
          ],
        }}
        onSelecteer={() => undefined}
        onHerstel={() => undefined}
        onHerstelAlle={() => undefined}
        onZetRijTerug={() => undefined}
        bezig={false}
      />
    );
    expect(uit).toContain("&lt;script&gt;");
    expect(uit).toContain("kan zijn: Anja Woortman, Arend Woortman; Regie kiest niet.");
    expect(uit).not.toMatch(/<img |<script>/);
  });

  test("no component uses dangerouslySetInnerHTML, innerHTML or document.write", () => {
    const bron = resolve(__dirname, "../../src/taskpane");
    const bestanden = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? bestanden(join(dir, n)) : [join(dir, n)]
      );
    const gevonden = bestanden(bron).filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML|outerHTML|document\.write/.test(readFileSync(f, "utf8"))
    );
    expect(gevonden).toEqual([]);
  });
});
