import { freezeDeep, memoize } from "../../src/core/memo";

describe("memoize", () => {
  test("one call per key; the answer is the same object", () => {
    let calls = 0;
    const f = memoize(
      (text: string) => {
        calls++;
        return { text, parts: [text] };
      },
      (text) => text
    );
    expect(f("a")).toBe(f("a"));
    expect(calls).toBe(1);
  });

  test("hands out frozen answers: mutating one throws and the next call is unchanged", () => {
    const f = memoize(
      (text: string) => ({ text, parts: [{ text }] }),
      (text) => text
    );
    const first = f("a");
    expect(() => {
      (first as { text: string }).text = "b";
    }).toThrow(TypeError);
    expect(() => first.parts.push({ text: "b" })).toThrow(TypeError);
    expect(() => {
      first.parts[0].text = "b";
    }).toThrow(TypeError);
    expect(f("a")).toEqual({ text: "a", parts: [{ text: "a" }] });
  });

  test("remembers null and undefined answers too", () => {
    let calls = 0;
    const f = memoize(
      (n: number) => {
        calls++;
        return n > 0 ? null : undefined;
      },
      (n) => String(n)
    );
    f(1);
    f(1);
    f(0);
    f(0);
    expect(calls).toBe(2);
  });

  test("bounded: past max it starts over, with the same answers", () => {
    let calls = 0;
    const f = memoize(
      (n: number) => {
        calls++;
        return n * 2;
      },
      (n) => String(n),
      2
    );
    expect([f(1), f(2), f(3), f(1)]).toEqual([2, 4, 6, 2]);
    expect(calls).toBe(4);
  });
});

describe("freezeDeep", () => {
  test("freezes nested objects and arrays, leaves primitives", () => {
    const v = freezeDeep({ a: [1, { b: 2 }], c: null });
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.a)).toBe(true);
    expect(Object.isFrozen(v.a[1])).toBe(true);
    expect(freezeDeep(3)).toBe(3);
    expect(freezeDeep(null)).toBeNull();
  });
});
