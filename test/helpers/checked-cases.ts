import { expect } from "vitest";

/**
 * Counts the generated cases a property actually checked. A property that skips cases (a pair of
 * answers that is not an improvement, a question that is not shown) calls `checked()` only for the ones it
 * tested, then `expectAtLeast` fails the test when too few were checked: a property that skips everything
 * must not pass silently.
 */
export function countCheckedCases({ name }: { name: string }) {
  let count = 0;
  return {
    checked(): void {
      count += 1;
    },
    count(): number {
      return count;
    },
    expectAtLeast(minimum: number): void {
      expect(count, `${name}: only ${count} generated cases were checked, at least ${minimum} needed`).toBeGreaterThanOrEqual(minimum);
    },
  };
}
