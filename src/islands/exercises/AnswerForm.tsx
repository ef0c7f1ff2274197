/**
 * An answer field with its accepted rounding, the reason beside it when what was typed is not a
 * number, and the verdict below it, announced politely: the exercises' answers and the
 * step-through's guesses. Rendered at build time without a handler in an exercise, whose
 * shell listens from outside; the loaded code passes onCheck.
 */
import type { ComponentChildren } from 'preact';
import { typedIn } from '../Exercise';

interface Props {
  /** The input's id; the rounding and message ids derive from it. */
  field: string;
  label: ComponentChildren;
  rounding: string;
  message: string | undefined;
  verdict: ComponentChildren;
  onCheck?: ((typed: string) => void) | undefined;
}

export function AnswerForm({ field, label, rounding, message, verdict, onCheck }: Props) {
  return (
    <>
      <form
        class="nn-field nn-exercise-form"
        onSubmit={(e) => {
          e.preventDefault();
          onCheck?.(typedIn(e.currentTarget));
        }}
      >
        <label for={field}>{label}</label>
        <div class="nn-field-controls">
          <input
            id={field}
            name="answer"
            type="text"
            autoComplete="off"
            spellcheck={false}
            aria-invalid={message ? 'true' : undefined}
            aria-describedby={`${field}-rounding${message ? ` ${field}-msg` : ''}`}
          />
          <button type="submit">Check</button>
        </div>
        <p id={`${field}-rounding`} class="nn-exercise-rounding">
          {rounding}
        </p>
        <p id={`${field}-msg`} class="nn-field-msg">
          {message}
        </p>
      </form>
      <div class="nn-exercise-verdict" role="status">
        {verdict}
      </div>
    </>
  );
}
