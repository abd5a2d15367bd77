import { provideOfficeLibrary } from "../../src/excel-stand-in";
import { loadNodeOfficeLibrary } from "../../src/excel-stand-in/node-library";

// Jest setup: the emulator drives Microsoft's Excel on the web library, loaded once per test file on
// first use (files that never touch Excel do not pay for it).
provideOfficeLibrary(() => loadNodeOfficeLibrary());
