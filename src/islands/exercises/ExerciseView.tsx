/**
 * An exercise version's question and worked solution as HTML. Rendered at build time (no
 * JavaScript: the fixed version, its numbers tagged as quantities) and by the exercise island
 * for new numbers, once its code has loaded.
 */
import { formatNumber } from '../../../engine/format';
import type { Line, Num, Version } from '../../../engine/exercises/exercise';
import { ExerciseFrame } from './ExerciseFrame';

/** A fixed version's quantity attributes (data-q, data-value, data-tip), by quantity id. */
export type Tags = Readonly<Record<string, Readonly<Record<string, string>>>>;

interface Props {
  version: Version;
  tags?: Tags | undefined;
}

/** After an operator a negative number is bracketed, as the chapters write 3 × (−4). */
const AFTER_OPERATOR = /[×+−÷-]\s*$/;

/** A number as the formatter writes it, naming its key (data-n) so that tests can find a given. */
function NumberText({ n, tags }: { n: Num; tags: Tags | undefined }) {
  const text = formatNumber(n.value).text;
  const tag = n.q ? tags?.[n.q] : undefined;
  // A tagged number is marked up as Q.astro marks one in prose (a span whose data-value holds the value).
  return tag ? (
    <span class="q" data-n={n.key} {...tag}>
      {text}
    </span>
  ) : (
    <span class="nn-num" data-n={n.key}>
      {text}
    </span>
  );
}

/**
 * "p = " before a number, or a lone " = " between two numbers: the symbol (or number), its "="
 * and the number stay on one line, as rehype-no-break keeps them together in the chapters' prose.
 */
const glueEquals = (text: string) => text.replace(/(^|\S) = $/, '$1\u00A0=\u00A0');

function LineText({ line, tags }: { line: Line; tags?: Tags | undefined }) {
  return (
    <>
      {line.map((part, i) => {
        if (typeof part === 'string') return typeof line[i + 1] === 'object' ? glueEquals(part) : part;
        const before = line[i - 1];
        const bracket = part.value < 0 && typeof before === 'string' && AFTER_OPERATOR.test(before);
        const n = <NumberText n={part} tags={tags} />;
        return bracket ? <>({n})</> : n;
      })}
    </>
  );
}

export function Question({ version, tags }: Props) {
  return (
    <p class="nn-exercise-question">
      <LineText line={version.question} tags={tags} />
    </p>
  );
}

export function Solution({ version, tags }: Props) {
  return (
    <details class="nn-exercise-solution">
      <summary>Show the solution</summary>
      <ol class="nn-exercise-steps">
        {version.solution.map((l) => (
          <li>
            <LineText line={l} tags={tags} />
          </li>
        ))}
      </ol>
      <p>
        Answer: {version.answer.label} = <strong>{<LineText line={[version.answer]} tags={tags} />}</strong>
      </p>
    </details>
  );
}

/** The fixed version as the page is built: the island's shell wraps it until the reader starts. */
export function StaticExercise({ version, tags, title }: Props & { title: string }) {
  return (
    <ExerciseFrame
      id={version.exercise}
      title={title}
      question={<Question version={version} tags={tags} />}
      answerLabel={version.answer.label}
      decimals={version.decimals}
      solution={<Solution version={version} tags={tags} />}
    />
  );
}
