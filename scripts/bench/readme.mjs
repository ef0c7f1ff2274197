// `--readme`: puts the latest figures into README.md between the figures markers (appending the
// markers at the end when absent). Only that section is touched; the rest is the lead's.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

export function writeReadmeFigures(markdownFigures, file = 'README.md') {
  const readme = readFileSync(file, 'utf8');
  const section = `${START}\n## Measured figures\n\n${markdownFigures.trim()}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next = start >= 0 && end > start
    ? readme.slice(0, start) + section + readme.slice(end + END.length)
    : `${readme.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
