import { createContext, useContext, type ReactNode } from "react";
import type { Regie } from "../app/regie";

const RegieContext = createContext<Regie | null>(null);

/** Components reach the use-cases through this, never through Office.js. */
export function RegieProvider({ regie, children }: { regie: Regie; children: ReactNode }) {
  return <RegieContext.Provider value={regie}>{children}</RegieContext.Provider>;
}

export function useRegie(): Regie {
  const regie = useContext(RegieContext);
  if (!regie) throw new Error("useRegie buiten RegieProvider");
  return regie;
}
