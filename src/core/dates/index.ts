export { parseDeadline } from "./deadline";
export type { Deadline, DeadlineKind } from "./types";
export { DEADLINE_KINDS, deadlineSchema } from "./types";
export * from "./iso";
export { readExactDate, type ExactDate } from "./exact-date";
