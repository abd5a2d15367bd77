import { peildatumSchema } from "../../src/cli/args";
import { cli } from "../support/cli";
import { fixture } from "../support/fixtures";

const ACTIELIJST = fixture("actielijst-duo-2021.xlsx");

describe("--peildatum", () => {
  test.each([
    ["2021-02-24", "2021-02-24"],
    ["24-02-2021", "2021-02-24"],
    ["24-2-2021", "2021-02-24"],
    ["1-3-2021", "2021-03-01"],
    ["29-02-2024", "2024-02-29"],
    ["31-12-2020", "2020-12-31"],
  ])("%s is the peildatum %s", (tekst, iso) => {
    expect(peildatumSchema.parse(tekst)).toBe(iso);
  });

  test.each([
    ["31-02-2021", "De peildatum 31-02-2021 bestaat niet in de kalender."],
    ["29-02-2021", "De peildatum 29-02-2021 bestaat niet in de kalender."],
    ["2021-02-30", "De peildatum 2021-02-30 bestaat niet in de kalender."],
    ["00-01-2021", "De peildatum 00-01-2021 bestaat niet in de kalender."],
    ["24-13-2021", "De peildatum 24-13-2021 bestaat niet in de kalender."],
    ["24/02/2021", /moet de vorm DD-MM-JJJJ of JJJJ-MM-DD hebben/],
    ["2021-2-24", /moet de vorm DD-MM-JJJJ of JJJJ-MM-DD hebben/],
    ["24-02-21", /moet de vorm DD-MM-JJJJ of JJJJ-MM-DD hebben/],
    ["morgen", /moet de vorm DD-MM-JJJJ of JJJJ-MM-DD hebben/],
  ])("%s is refused", (tekst, melding) => {
    const r = peildatumSchema.safeParse(tekst);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(melding)]);
  });

  test("valideer --peildatum 24-02-2021 computes with 2021-02-24", async () => {
    const r = await cli("valideer", ACTIELIJST, "--peildatum", "24-02-2021", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).peildatum).toBe("2021-02-24");
  });

  test("an impossible peildatum: exit 2, one Dutch line", async () => {
    const r = await cli("valideer", ACTIELIJST, "--peildatum", "31-02-2021");
    expect(r).toEqual({
      code: 2,
      out: "",
      err: "regie: De peildatum 31-02-2021 bestaat niet in de kalender.\n",
    });
  });
});
