import { isoToSerial } from "../../../src/host/xlsx/iso-cell";

describe('ISO date cells (t="d") as serials', () => {
  test.each([
    // [text, date1904, serial]
    ["2021-01-13T00:00:00", false, 44209],
    ["2021-01-13", false, 44209],
    ["2021-01-13T18:00:00", false, 44209.75],
    ["2021-01-13T06:00:00Z", false, 44209.25],
    ["2021-01-13T06:00:00.000+01:00", false, 44209.25],
    ["1900-03-01", false, 61],
    ["1900-02-28", false, 59],
    ["1900-01-01", false, 1],
    ["2021-01-13T00:00:00", true, 42747],
    ["1904-01-01", true, 0],
    ["T12:00:00", false, 0.5],
    ["12:00", true, 0.5],
  ])("%s (1904: %s) = %s", (text, date1904, serial) => {
    expect(isoToSerial(text, date1904)).toBeCloseTo(serial, 10);
  });

  test.each(["morgen", "2021-02-30", "2021-13-01", "", "1903-12-31"])(
    "%p is not a date",
    (text) => {
      expect(isoToSerial(text, text === "1903-12-31")).toBeNull();
    }
  );
});
