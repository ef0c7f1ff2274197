/**
 * Cuts one named piece out of an engine source file, for the EngineCode component to show the
 * code that computed the page's numbers: an exported function or const with the comments that
 * lead into it, or a region marked `// #region NAME` … `// #endregion`. Pure: text in, text out.
 * Parsing uses oxc (through rolldown, Vite's bundler, already loaded by the build), so braces
 * inside strings, types or comments cannot fool it; the TypeScript compiler would do the same
 * but takes seconds to load.
 */
import { parseSync, type ESTree, type ParseResult } from 'rolldown/utils';

type Comment = ParseResult['comments'][number];

export class EngineSourceError extends Error {
  override readonly name = 'EngineSourceError';
}

/** The source of `name` in `text` (the file `file`), or an EngineSourceError saying what is missing. */
export function extractEngineSource(text: string, name: string, file: string): string {
  return extractRegion(text, name, file) ?? extractDeclaration(text, name, file) ?? notFound(text, name, file);
}

/** How a language marks a region: `// #region NAME` … `// #endregion` in TypeScript. */
export interface RegionMarkers {
  readonly open: string;
  readonly close: string;
}
const TS_REGION: RegionMarkers = { open: '// #region', close: '// #endregion' };

/** The lines between `OPEN NAME` and the next `CLOSE`, without the markers, or undefined without such a region. */
export function extractRegion(text: string, name: string, fileName: string, markers = TS_REGION): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${markers.open} ${name}`);
  if (start < 0) return undefined;
  const length = lines.slice(start + 1).findIndex((l) => l.trim().startsWith(markers.close));
  if (length < 0) throw new EngineSourceError(`${fileName}: "${markers.open} ${name}" has no "${markers.close}" after it`);
  return dedent(lines.slice(start + 1, start + 1 + length))
    .join('\n')
    .trim();
}

interface Parsed {
  /** The top-level `export function` and `export const` statements, each with the names it declares. */
  exports: { statement: ESTree.ExportNamedDeclaration; names: string[] }[];
  comments: Comment[];
}

function parse(text: string, fileName: string): Parsed {
  const { program, comments } = parseSync(fileName, text, { lang: 'ts' });
  const exports = program.body.flatMap((statement) =>
    statement.type === 'ExportNamedDeclaration' && statement.declaration
      ? [{ statement, names: declaredNames(statement.declaration) }]
      : [],
  );
  return { exports, comments };
}

function declaredNames(declaration: ESTree.Declaration): string[] {
  if (declaration.type === 'FunctionDeclaration' && declaration.id) return [declaration.id.name];
  if (declaration.type === 'VariableDeclaration') {
    return declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
  }
  return [];
}

/** A top-level exported function or const declaration, from its leading comments to its end. */
function extractDeclaration(text: string, name: string, fileName: string): string | undefined {
  const { exports, comments } = parse(text, fileName);
  const found = exports.find((e) => e.names.includes(name));
  if (!found) return undefined;
  return text.slice(attachedCommentStart(text, found.statement, comments), found.statement.end).trim();
}

/**
 * Where the comments that belong to a declaration begin: the comments directly above it, with
 * no blank line between them and it. A section banner further up stays out, and so does a
 * comment that ends the line of the code before it.
 */
function attachedCommentStart(text: string, statement: ESTree.ExportNamedDeclaration, comments: Comment[]): number {
  let start = statement.start;
  for (const c of [...comments].reverse()) {
    if (c.end > start) continue;
    const between = text.slice(c.end, start);
    if (between.trim() !== '' || /\n[ \t]*\r?\n/.test(between)) break;
    const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
    if (text.slice(lineStart, c.start).trim() !== '') break;
    start = c.start;
  }
  return start;
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common));
}

function notFound(text: string, name: string, fileName: string): never {
  const available = parse(text, fileName).exports.flatMap((e) => e.names);
  throw new EngineSourceError(
    `${fileName}: no exported function or const named "${name}" and no "// #region ${name}". ` +
      `Exported here: ${available.join(', ') || 'nothing'}.`,
  );
}
