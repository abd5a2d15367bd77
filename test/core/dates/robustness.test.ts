import * as fc from "fast-check";
import { parseDeadline } from "../../../src/core/dates/deadline";
import { deadlineSchema } from "../../../src/core/dates/types";
import type { CellValue } from "../../../src/core/grid";

const PEILDATUM = "2021-02-24";

describe("never throws, always a valid Deadline", () => {
  test.each<[string, CellValue | undefined, string]>([
    ["a huge string", "31 maart 2021 ".repeat(20000), PEILDATUM],
    ["emoji", "🎉 26 maart? 🔥", PEILDATUM],
    ["an Excel error", "#REF!", PEILDATUM],
    ["a negative number", -44286, PEILDATUM],
    ["NaN", NaN, PEILDATUM],
    ["undefined", undefined, PEILDATUM],
    ["control characters", "\u0000\u0001 1 mei \u200b", PEILDATUM],
    ["regex characters", "(*+?[^$\\", PEILDATUM],
    ["a bad peildatum", "1 mei", "gisteren"],
    ["an empty peildatum", "Q2", ""],
  ])("%s", (_name, input, peildatum) => {
    const result = parseDeadline(input as CellValue, peildatum);
    expect(deadlineSchema.safeParse(result).success).toBe(true);
  });

  test("the text of a bad peildatum is kept, its kind unknown", () => {
    expect(parseDeadline("1 mei", "gisteren")).toMatchObject({
      text: "1 mei",
      kind: "unknown",
      due: null,
    });
  });

  // How fast is measured in `npm run bench` ("deadline van 800.000 tekens"); here: it is read at all.
  test("a huge string is read like a short one", () => {
    const result = parseDeadline("eind maart 2021 ".repeat(50000), PEILDATUM);
    expect(deadlineSchema.safeParse(result).success).toBe(true);
    expect(result.due).toBe(parseDeadline("eind maart 2021", PEILDATUM).due);
  });

  test("any string or number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null)),
        (value) => {
          const result = parseDeadline(value, PEILDATUM);
          return deadlineSchema.safeParse(result).success;
        }
      ),
      { numRuns: 300 }
    );
  });
});
