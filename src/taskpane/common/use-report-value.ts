import { useEffect, useRef } from "react";

/**
 * A field's usable value, reported to its parent once per change. The returned `report` is for
 * event handlers: typing reports at once, so the parent holds back its buttons in the same render
 * that shows the message at the field, not one effect later. The effect reports what changed
 * otherwise (a value set from outside, the first render), and never the same value twice.
 */
export function useReportValue<T>(usable: T, onValue: (value: T) => void): (value: T) => void {
  const reported = useRef<{ value: T } | undefined>(undefined);
  useEffect(() => {
    if (reported.current === undefined || reported.current.value !== usable) {
      reported.current = { value: usable };
      onValue(usable);
    }
  }, [usable, onValue]);
  return (value: T) => {
    reported.current = { value };
    onValue(value);
  };
}
