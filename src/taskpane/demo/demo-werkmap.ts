import type { Instellingen, InstellingenOpslag } from "../../app/instellingen";
import { STANDAARD_INSTELLINGEN } from "../../app/instellingen";
import { FakeWorkbook } from "../../host/fake-excel";
import { DEMO_ACCOUNTHOUDERS } from "./demo-accounthouders";
import { DEMO_ACTIELIJST, DEMO_ACTIELIJST_MERGES } from "./demo-actielijst";
import { demoMijlpaalBladen } from "./demo-mijlpalen";

/**
 * The workbook the demo runs on: the same fake Excel the tests use, seeded with the fixtures' content
 * (the DUO action list and its registry) and a small per-address data set.
 */
export function maakDemoWerkmap(): FakeWorkbook {
  return FakeWorkbook.fromSheets([
    { name: "Actielijst", values: DEMO_ACTIELIJST, merges: DEMO_ACTIELIJST_MERGES },
    { name: "Accounthouders", values: DEMO_ACCOUNTHOUDERS },
    ...demoMijlpaalBladen(),
  ]);
}

/** The DUO list is from early 2021; judged against today every deadline would be long past. */
export const DEMO_PEILDATUM = "2021-02-24";

/** Demo settings live in memory: a demo must start the same way every time. */
export function demoInstellingen(): InstellingenOpslag {
  let bewaard: Instellingen = { ...STANDAARD_INSTELLINGEN, peildatum: DEMO_PEILDATUM };
  return {
    lees: async () => bewaard,
    bewaar: async (waarde) => {
      bewaard = waarde;
    },
  };
}
