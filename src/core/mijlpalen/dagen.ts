import { fromExcelSerial, type IsoDate } from "../dates/iso";

/** Serial of 1970-01-01 in Excel's 1900 system. */
const UNIX_DAG_0 = 25569;
/** From serial 61 (1900-03-01) on, Excel's serials are plain day counts. */
const EERSTE_GEWONE_SERIAL = 61;
const LAATSTE_SERIAL = 2958465; // 9999-12-31

/**
 * An Excel serial as a date, by arithmetic: as fromExcelSerial (the fraction is the time and is
 * dropped) but without Date objects, which counts when 50,000 rows hold five dates each.
 */
export function isoUitSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const dag = Math.floor(serial);
  if (dag < EERSTE_GEWONE_SERIAL || dag > LAATSTE_SERIAL) return fromExcelSerial(serial);
  return uitDagnummer(dag - UNIX_DAG_0);
}

/** A date from its parts; null for impossible dates (31 February) and years outside 1000..9999. */
export function isoUitDelen(jaar: number, maand: number, dag: number): IsoDate | null {
  if (jaar < 1000 || jaar > 9999 || maand < 1 || maand > 12 || dag < 1) return null;
  if (dag > dagenInMaand(jaar, maand)) return null;
  return iso(jaar, maand, dag);
}

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/** Days since 1970-01-01 to a date (H. Hinnant's civil_from_days). */
function uitDagnummer(dagen: number): IsoDate {
  const z = dagen + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (maand <= 2 ? 1 : 0), maand, dag);
}

function iso(jaar: number, maand: number, dag: number): IsoDate {
  return `${jaar}-${maand < 10 ? "0" : ""}${maand}-${dag < 10 ? "0" : ""}${dag}`;
}
