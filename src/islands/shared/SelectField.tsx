/**
 * A labelled drop-down, laid out as NumberField is: label, control, message row. In a row of
 * fields (.nn-fields) the three line up with a number field's, and the empty message row keeps
 * the same room under the control, so the next row's labels do not touch it. A choice from the
 * list cannot be refused, so that row stays empty.
 */
import type { ComponentChildren } from 'preact';

interface Props<T> {
  id: string;
  label: ComponentChildren;
  value: T;
  choices: readonly T[];
  /** A choice as the list shows it. */
  labelOf: (choice: T) => ComponentChildren;
  onChoose: (value: T) => void;
}

export function SelectField<T extends string | number>({ id, label, value, choices, labelOf, onChoose }: Props<T>) {
  return (
    <div class="nn-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        // The options are the choices in order, so the index finds the value (a number stays a number).
        onChange={(e) => onChoose(choices[e.currentTarget.selectedIndex]!)}
      >
        {choices.map((c) => (
          <option value={c}>{labelOf(c)}</option>
        ))}
      </select>
      <p class="nn-field-msg" />
    </div>
  );
}
