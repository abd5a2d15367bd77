import { DATA_VALIDATION } from "./data-validation";
import type { TypeDefs } from "./host-object";
import {
  FORMAT_PROTECTION,
  RANGE,
  RANGE_AREAS,
  RANGE_COLLECTION,
  RANGE_FILL,
  RANGE_FONT,
  RANGE_FORMAT,
} from "./types-range";
import {
  CHART,
  CHART_COLLECTION,
  CHART_TITLE,
  TABLE,
  TABLE_COLLECTION,
  WORKBOOK,
  WORKBOOK_PROTECTION,
  WORKSHEET,
  WORKSHEET_COLLECTION,
  WORKSHEET_FREEZE_PANES,
  PAGE_LAYOUT,
  WORKSHEET_PROTECTION,
} from "./types-workbook";

/** Every Excel type the emulator answers for, by the name the records and faults use. */
export const TYPES: TypeDefs = {
  Workbook: WORKBOOK,
  WorkbookProtection: WORKBOOK_PROTECTION,
  WorksheetCollection: WORKSHEET_COLLECTION,
  Worksheet: WORKSHEET,
  WorksheetProtection: WORKSHEET_PROTECTION,
  WorksheetFreezePanes: WORKSHEET_FREEZE_PANES,
  PageLayout: PAGE_LAYOUT,
  Range: RANGE,
  RangeAreas: RANGE_AREAS,
  RangeCollection: RANGE_COLLECTION,
  RangeFormat: RANGE_FORMAT,
  RangeFill: RANGE_FILL,
  RangeFont: RANGE_FONT,
  DataValidation: DATA_VALIDATION,
  FormatProtection: FORMAT_PROTECTION,
  TableCollection: TABLE_COLLECTION,
  Table: TABLE,
  ChartCollection: CHART_COLLECTION,
  Chart: CHART,
  ChartTitle: CHART_TITLE,
};
