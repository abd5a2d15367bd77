/**
 * Where the emulated Excel runs. The limits differ by platform (see README: host rules and sources):
 * Excel on the web refuses a request or response above 5 MB; desktop Excel has no such payload limit.
 * Both refuse a read of more than 5 million cells.
 */
export interface Profile {
  readonly name: "web" | "desktop";
  /** Largest request and response body in bytes, or null for none. */
  readonly payloadLimit: number | null;
  readonly maxReadCells: number;
}

export const WEB: Profile = { name: "web", payloadLimit: 5 * 1024 * 1024, maxReadCells: 5_000_000 };
export const DESKTOP: Profile = { name: "desktop", payloadLimit: null, maxReadCells: 5_000_000 };

export const PROFILES = { web: WEB, desktop: DESKTOP } as const;
export type ProfileName = keyof typeof PROFILES;
