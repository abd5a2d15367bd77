import type { Grid } from "../../../src/core/grid";
import { deadlineVerloop } from "../../../src/core/actielijst/verloop";
import { verloopTekst } from "../../../src/core/actielijst/verschil-berichten";
import { hernummer, verschuifDeadline, versie, voegIn } from "../../support/versies";
import { fixtureWerkmap } from "../../support/xlsx";

let lijst: Grid;
beforeAll(async () => {
  const w = await fixtureWerkmap("actielijst-duo-2021.xlsx");
  lijst = (await w.read([{ sheet: "Actielijst" }]))[0]!.grid;
});

describe("how often a deadline moved across the recorded versions", () => {
  test("postponed in two of the three meetings: moved 2 x since the first", () => {
    const a = versie(lijst).find((x) => x.row === 15)!;
    const tweede = hernummer(verschuifDeadline(lijst, 15, 14, a.due!));
    const derde = verschuifDeadline(tweede, 15, 28, a.due!);
    const vierde = voegIn(derde, 41, [
      "",
      "",
      "Nieuw punt",
      "Anja",
      "Nog niet gestart",
      "",
      "1 juni 2021",
      "",
    ]);
    const verloop = deadlineVerloop([
      { datum: "2021-01-13", acties: versie(lijst) },
      { datum: "2021-01-27", acties: versie(tweede) },
      { datum: "2021-02-10", acties: versie(derde) },
      { acties: versie(vierde) },
    ]);
    expect(verloop.get(15)).toEqual({ aantal: 2, sinds: "2021-01-13" });
    expect(verloopTekst(verloop.get(15)!)).toBe("2 x verschoven sinds 13-01-2021");
    expect(verloop.get(16)).toEqual({ aantal: 0, sinds: "2021-01-13" });
    // The new action has no history.
    expect(verloop.has(41)).toBe(false);
  });

  test("an actie that only appeared in a later vastlegging counts from that date", () => {
    const met = voegIn(lijst, 41, [
      "",
      "",
      "Nieuw punt",
      "Anja",
      "Nog niet gestart",
      "",
      "1 juni 2021",
      "",
    ]);
    const later = voegIn(lijst, 41, [
      "",
      "",
      "Nieuw punt",
      "Anja",
      "Nog niet gestart",
      "",
      "1 juli 2021",
      "",
    ]);
    const verloop = deadlineVerloop([
      { datum: "2021-01-13", acties: versie(lijst) },
      { datum: "2021-01-27", acties: versie(met) },
      { acties: versie(later) },
    ]);
    expect(verloop.get(41)).toEqual({ aantal: 1, sinds: "2021-01-27" });
  });

  test("without an earlier version no history", () => {
    expect(deadlineVerloop([{ acties: versie(lijst) }]).size).toBe(0);
  });
});
