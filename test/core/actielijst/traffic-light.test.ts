import { verkeerslicht } from "../../../src/core/actielijst/traffic-light";
import { parseDeadline } from "../../../src/core/dates/deadline";
import type { Status } from "../../../src/core/actielijst/status";

const PEIL = "2021-02-24";

describe("traffic light at peildatum 2021-02-24, window 14 days", () => {
  test.each<[Status | null, string, string]>([
    ["In uitvoering", "23 februari 2021", "overdue"],
    ["In uitvoering", "24 februari 2021", "due-soon"],
    ["In uitvoering", "10 maart 2021", "due-soon"],
    ["In uitvoering", "11 maart 2021", "on-track"],
    ["Nog niet gestart", "1 februari 2021", "overdue"],
    ["Gereed", "1 februari 2021", "done"],
    ["Verstuurd", "", "done"],
    ["In uitvoering", "22 februari 2021 verzonden", "done"],
    ["In uitvoering", "Zo spoedig mogelijk", "no-deadline"],
    ["In uitvoering", "Vanaf Q2 2021", "no-deadline"],
    [null, "1 januari 2021", "overdue"],
    ["In uitvoering", "Q1 2021", "on-track"],
  ])("%s, %j -> %s", (status, tekst, verwacht) => {
    expect(verkeerslicht(status, parseDeadline(tekst, PEIL), PEIL, 14)).toBe(verwacht);
  });

  test("the window is configurable", () => {
    expect(verkeerslicht("In uitvoering", parseDeadline("1 maart 2021", PEIL), PEIL, 3)).toBe(
      "on-track"
    );
    expect(verkeerslicht("In uitvoering", parseDeadline("24 februari 2021", PEIL), PEIL, 0)).toBe(
      "due-soon"
    );
  });
});
