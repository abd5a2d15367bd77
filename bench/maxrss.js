// Preloaded into a measured process (node --require): reports its peak memory when it exits.
"use strict";
process.on("exit", () => {
  process.stderr.write(`\nREGIE_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
