/** The region: several gemeenten's workbooks, each counted as alone, summed per quarter. */
export { maakRegio, maakRegioDashboard, type RegioUitkomst } from "./regio";
export {
  bestandsnaam,
  telGemeente,
  type GemeenteGeteld,
  type GemeenteUitkomst,
  type GemeenteWerkmap,
  type RegioFout,
} from "./gemeente";
export { REGIO_CODES, type RegioBevinding, type RegioCode, type RegioParams } from "./codes";
export * from "./schema";
