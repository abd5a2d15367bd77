import { OfficeWorkbookPort } from "../../src/host/office";
import { inhoud, SCENARIOS, type Scenario } from "../support/scenarios";
import { foutTekst } from "../../src/app/weigering-berichten";

/** The sync that writes, and how many writes it carries, found by a run without faults. */
async function schrijfSync(s: Scenario): Promise<{ index: number; acties: number }> {
  const standIn = s.werkmap();
  const port = new OfficeWorkbookPort(standIn.run);
  await s.voorbereiding?.(port);
  standIn.resetStats();
  await s.stap(port);
  // Sync indexes count over the workbook's life, as the fault injector does.
  const schrijvend = standIn.syncs.filter((x) => x.actions.some((a) => a.write));
  const laatste = schrijvend[schrijvend.length - 1];
  return { index: laatste.index, acties: laatste.actions.filter((a) => a.write).length };
}

let foutpunten = 0;
afterAll(() => console.log(`alles-of-niets: ${foutpunten} foutpunten ingebracht`));

describe.each(SCENARIOS.map((s) => [s.naam, s] as const))("%s: all or nothing", (_naam, s) => {
  test("the write fails after 0, 1, half or all but one of the actions: workbook back as it was, Dutch message", async () => {
    const { index, acties } = await schrijfSync(s);
    const punten = [...new Set([0, 1, Math.floor(acties / 2), acties - 1])];
    // Where the batch breaks decides what must be put back; Excel's error code decides only which
    // host error (and sentence) it becomes (test/host/office/parts.test.ts maps each). So every
    // point with one code, and another code at the half-way point. A size refusal is Excel's
    // before anything runs ("a refused request changes nothing", the stand-in's README), so it
    // breaks the batch at 0 only, and Regie may then send it again in halves: that is the next test.
    const gevallen = [
      ...punten.map((p) => [p, "GeneralException"] as const),
      [Math.floor(acties / 2), "InvalidObjectPath"] as const,
    ];
    for (const [na, code] of gevallen) {
      const standIn = s.werkmap();
      const port = new OfficeWorkbookPort(standIn.run);
      await s.voorbereiding?.(port);
      const voor = inhoud(standIn);
      standIn.faults.failSync(index, { code, afterWrites: na });
      const uitkomst = await s.stap(port);
      foutpunten++;
      expect({ na, code, ok: uitkomst.ok }).toEqual({ na, code, ok: false });
      expect(!uitkomst.ok && foutTekst(uitkomst.refusal)).toMatch(
        /mislukt; (alles is teruggezet|de bronbladen zijn niet gewijzigd)/
      );
      expect(inhoud(standIn)).toEqual(voor);
    }
  });

  test("a write refused for its size: sent again in halves, it lands as a write without faults does", async () => {
    const { index } = await schrijfSync(s);
    const schoon = s.werkmap();
    const schonePort = new OfficeWorkbookPort(schoon.run);
    await s.voorbereiding?.(schonePort);
    await s.stap(schonePort);
    const standIn = s.werkmap();
    const port = new OfficeWorkbookPort(standIn.run);
    await s.voorbereiding?.(port);
    const voor = inhoud(standIn);
    standIn.faults.failSync(index, { code: "RequestPayloadSizeLimitExceeded", afterWrites: 0 });
    const uitkomst = await s.stap(port);
    foutpunten++;
    // Either it landed whole (as without the fault) or it failed with everything as it was.
    if (uitkomst.ok) expect(inhoud(standIn)).toEqual(inhoud(schoon));
    else expect(inhoud(standIn)).toEqual(voor);
  });

  test.each([
    ["een celwaarde", /^Range\.values$/],
    ["een vulling", /fill/i],
    ["een nieuw blad", /^worksheets\.add$/],
  ])("writing %s is refused: workbook back as it was", async (_wat, soort) => {
    const standIn = s.werkmap();
    const port = new OfficeWorkbookPort(standIn.run);
    await s.voorbereiding?.(port);
    const voor = inhoud(standIn);
    // Refused once, as a failing batch is: the rollback is a request of its own.
    standIn.faults.failWrite({ kind: soort, nth: 1 }, { code: "AccessDenied" });
    const uitkomst = await s.stap(port);
    foutpunten++;
    // A use-case that writes nothing of that kind is never refused; one that does fails, put back.
    const geweigerd = standIn.faults.firedWrites > 0;
    expect(uitkomst.ok).toBe(!geweigerd);
    if (!uitkomst.ok) expect(foutTekst(uitkomst.refusal)).toMatch(/mislukt/);
    if (geweigerd) expect(inhoud(standIn)).toEqual(voor);
  });
});
