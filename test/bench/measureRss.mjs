// Runs the deid command line in this process and reports its peak resident set size (maxRSS, KiB) on stderr.
const [, , deid, ...args] = process.argv;
const { main } = await import(new URL('../../dist/main/cli/main.js', import.meta.url).href);
const code = await main(args);
process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
void deid;
