import { provideOfficeLibrary } from "../../src/host/excel-emulator";
import { loadNodeOfficeLibrary } from "../../src/host/excel-emulator/node-library";

// Jest setup: the emulator drives Microsoft's Excel on the web library, loaded once per test file on
// first use (files that never touch Excel do not pay for it).
provideOfficeLibrary(() => loadNodeOfficeLibrary());
