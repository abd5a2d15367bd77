import { awaitBuild } from "./build-once";

// Jest setupFilesAfterEnv of the browser project: every file waits for the one production build that
// globalSetup started beside the unit tests. On a busy 2-core machine webpack takes about half a
// minute, longer than the per-test timeout, so the wait has its own.
const BUILD_WAIT_MS = 10 * 60_000;

beforeAll(() => awaitBuild(), BUILD_WAIT_MS);
