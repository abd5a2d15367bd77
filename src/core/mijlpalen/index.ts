/** The milestone dashboard: phases per quarter from snapshot sheets or milestone dates. */
export { maakMijlpalenDashboard } from "./dashboard";
export type { MijlpalenFout, MijlpalenOpties, MijlpalenUitkomst } from "./dashboard";
export { recogniseIndeling, KOP_ZOEKRIJEN } from "./input/indeling";
export type {
  BladKop,
  Indeling,
  KopKolommen,
  MijlpaalBlad,
  MomentopnameBlad,
} from "./input/indeling";
export { FASEN, faseIndex, recogniseFase, type Fase } from "./fasen/fasen";
export { FASE_KLEUREN, faseKleuren } from "./fasen/fase-kleuren";
export {
  isKwartaalEinde,
  kwartaalEinde,
  kwartaalLabel,
  kwartaalUitBladnaam,
  kwartaalVan,
  kwartalenTussen,
  type Kwartaal,
} from "./kwartalen";
export { MIJLPAAL_BERICHTEN, mijlpaalBericht } from "./berichten";
export { MIJLPAAL_CODES, MIJLPAAL_FOUTEN } from "./codes";
export type { MijlpaalBevinding, MijlpaalCode, MijlpaalFoutCode } from "./codes";
export * from "./dashboard-schema";
export * from "./regio";
export {
  REGIO_BERICHTEN,
  REGIO_WOORDEN,
  opsomming,
  regioBericht,
  regioFoutBericht,
} from "./berichten";
