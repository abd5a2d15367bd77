import { useCallback, useLayoutEffect, useRef, useState } from "react";

/**
 * After an action: its result scrolled into view and focus moved there, so a screen reader reads
 * on from the result and a 350 x 650 pane does not leave it below the fold (issue 26, point 2).
 * Give the element `tabIndex={-1}` (focusable by script, not in the tab order) and call `breng()`
 * when the result has been set; the scroll happens after React has laid the result out.
 * `boven`: the height of sticky content above the result that must not cover it.
 */
export function useNaarResultaat<E extends HTMLElement = HTMLDivElement>(boven?: () => number) {
  const ref = useRef<E>(null);
  const [verzoek, setVerzoek] = useState(0);
  const bovenRef = useRef(boven);
  bovenRef.current = boven;
  useLayoutEffect(() => {
    const doel = ref.current;
    if (verzoek === 0 || !doel) return;
    const marge = bovenRef.current?.() ?? 0;
    doel.style.scrollMarginTop = `${marge + 8}px`;
    // Focus without the browser's own scroll, which centres or jumps; then the one scroll we want.
    doel.focus?.({ preventScroll: true });
    doel.scrollIntoView?.({ block: "start" });
  }, [verzoek]);
  const breng = useCallback(() => setVerzoek((n) => n + 1), []);
  return { ref, breng };
}
