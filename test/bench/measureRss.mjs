// Runs the deid command line in this process and reports its peak resident set size (maxRSS, KiB) on stderr.
// It loads the same bundled module that bin/deid.js runs, so the timing is the installed command's.
const [, , deid, ...args] = process.argv;
const { main } = await import(new URL('../../dist/cli/deid.mjs', import.meta.url).href);
const code = await main(args);
process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
void deid;
