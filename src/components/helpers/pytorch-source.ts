/**
 * The PyTorch scripts (pytorch/NAME.py) as readers see them beside the engine's code: a named
 * region of a script, and the lines of the script's printed JSON (committed in
 * pytorch/output/NAME.json) that the region computes. Pure: text in, text out.
 */
import { EngineSourceError, extractRegion } from './engine-source';

const PYTHON_REGION = { open: '# region', close: '# endregion' };

/** The region `# region NAME` … `# endregion` of a script, or an error listing the regions it has. */
export function pytorchRegion(text: string, region: string, file: string): string {
  const code = extractRegion(text, region, file, PYTHON_REGION);
  if (code !== undefined) return code;
  const known = [...text.matchAll(/^# region (\S+)$/gm)].map((m) => m[1]);
  throw new EngineSourceError(`${file}: no "# region ${region}". Regions here: ${known.join(', ') || 'none'}.`);
}

/**
 * The quantity ids a piece of code writes, as patterns: "house.z1" literally, and
 * f"house.step.{name}" as house.step.<anything>.
 */
function idPatterns(code: string): RegExp[] {
  return [...code.matchAll(/f?"([a-z]\w*\.[\w.{}[\]:]+)"/g)].map((m) => {
    const source = m[1]!
      .split(/\{[^}]*\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('[^"]*');
    return new RegExp(`^${source}$`);
  });
}

/**
 * The lines of a script's printed JSON ({"values": {"id": value, …}, …}, one entry a line) in
 * its "values" whose ids the code writes, as Python printed them, trailing commas dropped.
 */
export function printedLines(code: string, output: string): string[] {
  const patterns = idPatterns(code);
  let section = '';
  return output.split('\n').flatMap((raw) => {
    const line = raw.trim().replace(/,$/, '');
    const opens = /^"(\w+)": \{$/.exec(line);
    if (opens) section = opens[1]!;
    const id = /^"([^"]+)": [^{]/.exec(line)?.[1];
    return section === 'values' && id !== undefined && patterns.some((p) => p.test(id)) ? [line] : [];
  });
}
