import { valideer } from "../../../src/app/actielijst/valideer";
import { XlsxWorkbook } from "../../../src/host/xlsx/xlsx-workbook";
import { fixture, fixtureJson } from "../../support/fixtures";
import { foutTekst } from "../../../src/app/weigering-berichten";

interface VerwachteRij {
  row: number;
  action: string;
  status: string | null;
  deadline: { text: string; kind: string; due: string | null; uncertain: boolean };
  owners: string[];
  rag: string;
}

const verwacht = fixtureJson<VerwachteRij[]>("actielijst-duo-2021.expected.json");

async function rapport() {
  const werkmap = await XlsxWorkbook.open(fixture("actielijst-duo-2021.xlsx"));
  const uitkomst = await valideer(werkmap, { peildatum: "2021-02-24" });
  if (!uitkomst.ok) throw new Error(foutTekst(uitkomst.refusal));
  return uitkomst.value;
}

describe("validating the DUO actielijst (peildatum 2021-02-24)", () => {
  let acties: Awaited<ReturnType<typeof rapport>>["acties"];
  beforeAll(async () => {
    acties = (await rapport()).acties;
  });

  test("reads exactly the actie rows of the expected result", () => {
    expect(acties.map((a) => a.row)).toEqual(verwacht.map((v) => v.row));
  });

  test.each(verwacht.map((v) => [v.row, v] as const))(
    "row %i: actie, status, deadline and traffic light",
    (row, v) => {
      const actie = acties.find((a) => a.row === row);
      expect(actie).toBeDefined();
      expect({
        action: actie!.actie,
        status: actie!.status,
        deadline: {
          text: actie!.deadline.text,
          kind: actie!.deadline.kind,
          due: actie!.deadline.due,
          uncertain: actie!.deadline.uncertain,
        },
        rag: actie!.verkeerslicht,
      }).toEqual({ action: v.action, status: v.status, deadline: v.deadline, rag: v.rag });
    }
  );
});
