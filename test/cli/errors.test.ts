import { systemMessage } from "../../src/cli/errors";

describe("a failed read or write in one Dutch sentence", () => {
  const fout = (code: string, path?: string) =>
    Object.assign(new Error(`${code}: x`), { code, path });
  test.each([
    [fout("EACCES", "/intranet/kopie.xlsx"), "Geen toegang tot /intranet/kopie.xlsx"],
    [fout("EBUSY", "C:\\lijst.xlsx"), "In gebruik (open in Excel?): C:\\lijst.xlsx"],
    [fout("ENOSPC", "/usb/kopie.xlsx"), "De schijf is vol; niet geschreven: /usb/kopie.xlsx"],
    [fout("EACCES"), "Geen toegang"],
    [fout("EIETS", "/x"), undefined],
    [new Error("iets anders"), undefined],
    ["tekst", undefined],
    [null, undefined],
  ])("%p", (error, zin) => {
    expect(systemMessage(error)).toBe(zin);
  });
});
