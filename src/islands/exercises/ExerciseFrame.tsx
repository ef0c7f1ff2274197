/**
 * The layout of an exercise: question, answer field with the accepted rounding, the verdict
 * (announced politely), the solution, "New numbers" and progress. Rendered at build time without
 * handlers (the island's shell listens to it from outside), and by the loaded island with them.
 */
import type { ComponentChildren } from 'preact';
import { AnswerForm } from './AnswerForm';
import '../shared/islands.css';
import './exercise.css';

export interface FrameProps {
  id: string;
  title: string;
  question: ComponentChildren;
  answerLabel: string;
  decimals: number;
  /** The reason the typed answer is not a number, beside the field. */
  message?: string | undefined;
  verdict?: ComponentChildren;
  solution: ComponentChildren;
  link?: string | undefined;
  progress?: string | undefined;
  onCheck?: (typed: string) => void;
  onNewNumbers?: () => void;
}

const NO_SCRIPT_NOTE =
  '<p class="nn-noscript">Checking an answer and new numbers need JavaScript; the solution below works without it.</p>';

const DECIMAL_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const roundingText = (decimals: number) =>
  decimals === 0
    ? 'Give a whole number; anything within a half of the exact value counts.'
    : `Round to ${DECIMAL_WORDS[decimals] ?? decimals} decimal places if needed.`;

export function ExerciseFrame(p: FrameProps) {
  const field = `exercise-${p.id}-answer`;
  return (
    <section class="nn-example nn-exercise" id={`exercise-${p.id}`} aria-labelledby={`exercise-${p.id}-title`} data-pagefind-ignore>
      <p class="nn-example-title" id={`exercise-${p.id}-title`}>
        Exercise: {p.title}
      </p>
      <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_NOTE }} />
      {p.question}
      <AnswerForm
        field={field}
        label={`Your answer: ${p.answerLabel}`}
        rounding={roundingText(p.decimals)}
        message={p.message}
        verdict={p.verdict}
        onCheck={p.onCheck}
      />
      {p.solution}
      <div class="nn-buttons">
        <button type="button" class="nn-secondary" data-new-numbers onClick={p.onNewNumbers}>
          New numbers
        </button>
        {p.link && <a href={p.link}>Link to these numbers</a>}
      </div>
      <p class="nn-exercise-progress">{p.progress}</p>
    </section>
  );
}

export const progressText = (solved: number, inChapter: number) => (solved > 0 ? `Solved in this chapter: ${solved} of ${inChapter}.` : '');
