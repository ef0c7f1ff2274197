/**
 * Cuts one named piece out of an engine source file, for the EngineCode component to show the
 * code that computed the page's numbers: an exported function or const with the comments that
 * lead into it, or a region marked `// #region NAME` … `// #endregion`. Pure: text in, text out.
 * Parsing uses the TypeScript compiler, so braces inside strings, types or comments cannot
 * fool it.
 */
import ts from 'typescript';

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

/** A top-level exported function or const declaration, from its leading comments to its end. */
function extractDeclaration(text: string, name: string, fileName: string): string | undefined {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statement = source.statements.find((s) => isExported(s) && declaredNames(s).includes(name));
  if (!statement) return undefined;
  return text.slice(attachedCommentStart(text, statement), statement.getEnd()).trim();
}

function isExported(s: ts.Statement): boolean {
  return ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function declaredNames(s: ts.Statement): string[] {
  if (ts.isFunctionDeclaration(s) && s.name) return [s.name.text];
  if (ts.isVariableStatement(s)) {
    return s.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  return [];
}

/**
 * Where the comments that belong to a declaration begin: the comments directly above it, with
 * no blank line between them and it. A section banner further up stays out.
 */
function attachedCommentStart(text: string, statement: ts.Statement): number {
  const comments = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
  let start = statement.getStart();
  for (const c of [...comments].reverse()) {
    if (/\n[ \t]*\r?\n/.test(text.slice(c.end, start))) break;
    start = c.pos;
  }
  return start;
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common));
}

function notFound(text: string, name: string, fileName: string): never {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const available = source.statements.filter(isExported).flatMap(declaredNames);
  throw new EngineSourceError(
    `${fileName}: no exported function or const named "${name}" and no "// #region ${name}". ` +
      `Exported here: ${available.join(', ') || 'nothing'}.`,
  );
}
