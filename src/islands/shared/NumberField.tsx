/**
 * A labelled number input, optionally with a slider, used by every live example. It parses what
 * is typed, asks the example whether it can use the value, and shows the reason beside the field
 * when not (aria-invalid, aria-describedby); the example then keeps its last good state.
 */
import { Component, type ComponentChildren } from 'preact';
import { parseNumber } from './parse-number';
import { showShort } from './show';

export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

interface Props {
  /** Unique on the page; the label and message ids derive from it. */
  id: string;
  label: ComponentChildren;
  value: number;
  /** Offers a value to the example: a message back means it was refused. */
  onValue: (value: number) => string | undefined;
  slider?: SliderRange;
}

/** What the reader typed, the message about it, and the value the example held at the time. */
interface Draft {
  readonly text: string;
  readonly message: string | undefined;
  readonly at: number;
}

export class NumberField extends Component<Props, { draft: Draft | undefined }> {
  offer(typed: string, fromSlider: boolean) {
    const parsed = parseNumber(typed);
    const message = parsed.ok ? this.props.onValue(parsed.value) : parsed.message;
    const accepted = parsed.ok && !message;
    // A slid value is shown as the formatter writes it; a typed one as typed.
    this.setState({ draft: accepted && fromSlider ? undefined : { text: typed, message, at: accepted ? parsed.value : this.props.value } });
  }

  override render({ id, label, value, slider }: Props, { draft }: { draft: Draft | undefined }) {
    // A draft belongs to the value it was typed against; once the value changes from outside
    // (reset, a training step, a shared link) the field shows the new value instead, to a few
    // significant digits ("≈" when rounded) while the example keeps every digit.
    const current = draft && draft.at === value ? draft : undefined;
    const message = current?.message;
    return (
      <div class="nn-field">
        <label id={`${id}-label`} for={id}>
          {label}
        </label>
        <div class="nn-field-controls">
          <input
            id={id}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={current ? current.text : showShort(value)}
            aria-invalid={message ? 'true' : undefined}
            aria-describedby={message ? `${id}-msg` : undefined}
            onInput={(e) => this.offer(e.currentTarget.value, false)}
          />
          {slider && (
            <input
              type="range"
              class="nn-slider"
              aria-labelledby={`${id}-label`}
              min={slider.min}
              max={slider.max}
              step={slider.step}
              value={value}
              onInput={(e) => this.offer(e.currentTarget.value, true)}
            />
          )}
        </div>
        <p id={`${id}-msg`} class="nn-field-msg">
          {message}
        </p>
      </div>
    );
  }
}
