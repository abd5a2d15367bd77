import type { ActieColumn } from "../actielijst/columns";

/**
 * The list's columns as the pane's fields and the command line's report name them (a module of its
 * own: the pane's texts name the fields without loading the verslag's wording).
 */
export const VERSLAG_KOLOMMEN: Record<ActieColumn, string> = {
  doel: "Randvoorwaarde",
  onderwerp: "Onderwerp",
  actie: "Actie",
  accounthouder: "Accounthouder",
  status: "Status",
  opdracht: "Opdracht",
  deadline: "Deadline",
  opmerking: "Opmerking",
};
