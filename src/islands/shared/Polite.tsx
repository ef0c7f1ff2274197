/**
 * An example's one polite status line for screen readers. It speaks a new summary once the
 * reader pauses (not on every keystroke), and says nothing on page load.
 * A class component, like every island here: Preact's hooks module would cost the page 1 KB.
 */
import { Component } from 'preact';

/** Long enough to let a typed number finish, short enough to feel like an answer. */
const SETTLE_MS = 700;

export class Polite extends Component<{ text: string }, { shown: string }> {
  override state = { shown: '' };
  timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidUpdate(previous: { text: string }) {
    if (previous.text === this.props.text) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.setState({ shown: this.props.text }), SETTLE_MS);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  override render() {
    return (
      <p class="nn-visually-hidden" role="status" aria-live="polite">
        {this.state.shown}
      </p>
    );
  }
}
