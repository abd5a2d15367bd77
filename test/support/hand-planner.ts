import type { Planner } from "../../src/app/actielijst/volg-wijzigingen";

/** A planner whose quiet time ends when the test says so (checks as you type). */
export class HandPlanner implements Planner {
  private taken = new Map<number, () => void>();
  private n = 0;
  zet(doe: () => void, _ms: number): unknown {
    this.taken.set(++this.n, doe);
    return this.n;
  }
  wis(handle: unknown): void {
    this.taken.delete(handle as number);
  }
  get wachtend(): number {
    return this.taken.size;
  }
  /** Ends the quiet time now: every waiting look starts. */
  loop(): void {
    const taken = [...this.taken.values()];
    this.taken.clear();
    taken.forEach((t) => t());
  }
}
