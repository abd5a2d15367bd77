import { systemMessage } from "../../src/cli/errors";
import { UitvoerFout } from "../../src/host/xlsx/safe-output";

describe("a failed read or write in one Dutch sentence", () => {
  const fout = (code: string, path?: string) =>
    Object.assign(new Error(`${code}: x`), { code, path });
  const niets = ". Er is niets geschreven.";
  test.each([
    [fout("EACCES", "/intranet/kopie.xlsx"), `Geen toegang tot /intranet/kopie.xlsx${niets}`],
    [fout("EBUSY", "C:\\lijst.xlsx"), `In gebruik (open in Excel?): C:\\lijst.xlsx${niets}`],
    [fout("EACCES"), `Geen toegang${niets}`],
    // A failed write of the copy names the --out path (Node's EFBIG and ENOSPC name none).
    [
      new UitvoerFout("/usb/kopie.xlsx", fout("ENOSPC")),
      `De schijf is vol bij /usb/kopie.xlsx${niets}`,
    ],
    [
      new UitvoerFout("kopie.xlsx", fout("EFBIG")),
      `Te groot voor de schijf of de ingestelde bestandslimiet: kopie.xlsx${niets}`,
    ],
    [
      new UitvoerFout("kopie.xlsx", fout("EROFS")),
      `Alleen lezen, niet te schrijven: kopie.xlsx${niets}`,
    ],
    [new UitvoerFout("kopie.xlsx", fout("EIO")), `Schrijven naar kopie.xlsx mislukt (EIO)${niets}`],
    [fout("EIETS", "/x"), undefined],
    [new Error("iets anders"), undefined],
    ["tekst", undefined],
    [null, undefined],
  ])("%p", (error, zin) => {
    expect(systemMessage(error)).toBe(zin);
  });
});
