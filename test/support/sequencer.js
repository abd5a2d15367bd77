// Jest testSequencer: the order in which files go to the workers. Plain JavaScript, because Jest loads
// the sequencer without transforming it.
const Sequencer = require("@jest/test-sequencer").default;

/** The project whose files wait for the production build that its globalSetup starts. */
const WAITS_FOR_BUILD = "browser";

/**
 * Jest's own order (failed first, then slowest first, or largest first without timings), with the
 * browser files spread among the unit files: two unit files start beside the build, and from then
 * on every other file is a browser file. In Jest's plain order every worker took a browser file
 * first and sat idle while the build ran; in this one the build and the unit tests share the cores,
 * and the last minutes are left to short unit files.
 */
class BuildAwareSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const waits = ordered.filter((t) => projectName(t) === WAITS_FOR_BUILD);
    const others = ordered.filter((t) => projectName(t) !== WAITS_FOR_BUILD);
    const result = others.splice(0, 2);
    while (waits.length > 0) {
      result.push(waits.shift());
      if (others.length > 0) result.push(others.shift());
    }
    return [...result, ...others];
  }
}

function projectName(test) {
  const name = test.context.config.displayName;
  return typeof name === "string" ? name : name?.name;
}

module.exports = BuildAwareSequencer;
