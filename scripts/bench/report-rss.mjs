// Preloaded (node --import) into the build when GNU time is missing: prints the process's own
// peak resident set on exit, for build.mjs to read from stderr.
process.on('exit', () => process.stderr.write(`\nBENCH_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`));
