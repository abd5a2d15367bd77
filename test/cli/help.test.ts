import { cli } from "../support/cli";
import { fixture } from "../support/fixtures";

const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");
const ENGELS = /Usage:|Options:|Arguments:|Commands:|\[options\]|\[command\]|error:|default:/;

describe("regie --help: Dutch", () => {
  test.each([[["--help"]], [["help"]], [["-h"]]])("%j: headings and commands", async (argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).not.toMatch(ENGELS);
    expect(r.out).toMatch(/^Gebruik: regie \[opties\] \[opdracht\]$/m);
    expect(r.out).toMatch(/^Opties:$/m);
    expect(r.out).toMatch(/^Opdrachten:$/m);
    expect(r.out).toMatch(
      /^ {2}valideer\|validate \[opties\] <bestand> +Controleer de actielijst/m
    );
    expect(r.out).toMatch(/^ {2}normaliseer \[opties\] <bestand>/m);
    expect(r.out).toMatch(/^ {2}mijlpalen \[opties\] <bestanden\.\.\.>/m);
    expect(r.out).toMatch(
      /^ {2}actiepunten \[opties\] <verslag> +Lees de actiepunten uit een verslag/m
    );
    expect(r.out).toMatch(/^Voorbeelden:$/m);
  });

  test.each([
    [["valideer", "--help"]],
    [["validate", "--help"]],
    [["help", "valideer"]],
    [["help", "validate"]],
  ])("%j: the help of valideer", async (argv) => {
    const r = await cli(...argv);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(ENGELS);
    expect(r.out).toMatch(/^Gebruik: regie valideer\|validate \[opties\] <bestand>$/m);
    expect(r.out).toMatch(/^Argumenten:$/m);
    expect(r.out).toMatch(/--peildatum <datum> +de peildatum, DD-MM-JJJJ of JJJJ-MM-DD/);
  });

  test.each([
    ["normaliseer", "<bestand>"],
    ["mijlpalen", "<bestanden...>"],
  ])("%s --help", async (opdracht, argument) => {
    const r = await cli(opdracht, "--help");
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(ENGELS);
    expect(r.out.split("\n")).toContain(`Gebruik: regie ${opdracht} [opties] ${argument}`);
  });
});

describe("regie: errors in the invocation, one Dutch line", () => {
  test.each([
    [[], "Geef een opdracht: valideer, normaliseer, mijlpalen, verschil of actiepunten."],
    [["valideer"], "Geef een .xlsx-bestand op."],
    [["normaliseer"], "Geef een .xlsx-bestand op."],
    [["mijlpalen"], "Geef een .xlsx-bestand op."],
    [
      ["actiepunten"],
      "Geef het verslag op (.docx of .txt) en de actielijst met --actielijst LIJST.xlsx.",
    ],
    [
      ["valideren", ACTIELIJST],
      "Onbekende opdracht valideren; kies valideer, normaliseer, mijlpalen, verschil of actiepunten. Bedoelt u valideer?",
    ],
    [["valideer", ACTIELIJST, "--jsn"], "Onbekende optie --jsn. Bedoelt u --json?"],
    [["valideer", ACTIELIJST, "--kleur"], "Onbekende optie --kleur."],
    [
      ["help", "valideren"],
      "Onbekende opdracht valideren; kies valideer, normaliseer, mijlpalen, verschil of actiepunten.",
    ],

    [["valideer", ACTIELIJST, "--peildatum"], "De optie --peildatum heeft een waarde nodig."],
    [["valideer", ACTIELIJST, ACTIELIJST], "Te veel argumenten: geef één .xlsx-bestand op."],
  ])("%j", async (argv, melding) => {
    const r = await cli(...argv);
    expect(r).toEqual({
      code: 2,
      out: "",
      err: `regie: ${melding} Zie: npm run cli -- --help\n`,
    });
  });
});

describe("regie writes only through its io", () => {
  // Commander writes its own English errors to process.stderr unless every command is told not
  // to; they then show up as noise in `npm test` and beside the Dutch line for the user.
  let stdout: jest.SpyInstance;
  let stderr: jest.SpyInstance;
  beforeEach(() => {
    stdout = jest.spyOn(process.stdout, "write");
    stderr = jest.spyOn(process.stderr, "write");
  });
  afterEach(() => {
    stdout.mockRestore();
    stderr.mockRestore();
  });

  test.each([
    [[]],
    [["valideer"]],
    [["validate"]],
    [["normaliseer"]],
    [["mijlpalen", "--bestaat-niet"]],
    [["valideer", ACTIELIJST, "--kleur"]],
    [["valideer", ACTIELIJST, "--peildatum"]],
    [["onbekend"]],
    [["valideer", "--help"]],
    [["--help"]],
  ])("%j", async (argv) => {
    await cli(...argv);
    expect(stderr).not.toHaveBeenCalled();
    expect(stdout).not.toHaveBeenCalled();
  });
});
