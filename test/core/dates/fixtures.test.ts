import { readFileSync } from "fs";
import { join } from "path";
import { parseDeadline } from "../../../src/core/dates/deadline";

// The expected results of the DUO action list (shared fixtures, not copied): every deadline text
// there must parse to the kind, due date and uncertainty the project expects.
const FIXTURE = join(__dirname, "../../../../shared/fixtures/actielijst-duo-2021.expected.json");
const PEILDATUM = "2021-02-24";

interface ExpectedRow {
  row: number;
  deadline: { text: string; kind: string; due: string | null; uncertain: boolean };
}

const rows = JSON.parse(readFileSync(FIXTURE, "utf8")) as ExpectedRow[];

test.each(rows.map((row) => [row.row, row.deadline.text, row.deadline] as const))(
  "row %i: %p",
  (_row, text, expected) => {
    expect(parseDeadline(text, PEILDATUM)).toMatchObject(expected);
  }
);
