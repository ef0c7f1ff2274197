// `--readme`: puts the latest figures into README.md between the figures markers. The README's
// own "Measured figures" heading sits above the markers; when the markers are absent, heading and
// markers are appended at the end. Only the text between the markers is ever replaced.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- figures:start -->';
const END = '<!-- figures:end -->';

export function writeReadmeFigures(markdownFigures, file = 'README.md') {
  const readme = readFileSync(file, 'utf8');
  const section = `${START}\n${markdownFigures.trim()}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  const next =
    start >= 0 && end > start
      ? readme.slice(0, start) + section + readme.slice(end + END.length)
      : `${readme.trimEnd()}\n\n## Measured figures\n\n${section}\n`;
  writeFileSync(file, next);
}
