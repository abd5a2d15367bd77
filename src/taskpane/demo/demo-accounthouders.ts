import type { CellValue } from "../../core/grid";

/** The DUO members from the minutes, as the registry sheet the secretariaat keeps. */
export const DEMO_ACCOUNTHOUDERS: CellValue[][] = [
  ["Naam", "Aliassen", "Organisatie", "Vertrokken per", "Opvolger"],
  ["Peter Spijkerman", "Peter", "NCG", "", ""],
  ["Henk Mulder", "Henk", "", "", ""],
  ["Roelien Kamminga", "Roelien", "BZK", "2021-01-13", "Nicoline van der Linden"],
  ["Jurry Bonnema", "Jurry", "", "", ""],
  ["Anja Woortman", "Anja", "", "", ""],
  ["Johan Koopmans", "Johan", "", "", ""],
  ["Bert Popken", "Bert", "", "", ""],
  ["Nicoline van der Linden", "Nicoline", "BZK", "", ""],
  ["Marc Hoenders", "Marc", "", "", ""],
];
