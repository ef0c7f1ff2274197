/**
 * An exercise at the end of a section: the reader types an answer and the engine checks it.
 * What loads with the page is only this shell around the build-time HTML (the fixed version,
 * in the slot): it listens from outside, starts loading the checker, generators and solution
 * view on the first focus or touch, and hands over to them when the reader checks an answer or
 * asks for new numbers, or when a link names other numbers.
 */
import { Component, type ComponentChildren } from 'preact';

export interface ExerciseProps {
  id: string;
  title: string;
  chapter: string;
  inChapter: number;
  fixedSeed: number;
  /** The fixed version's exercise, rendered at build time. */
  children?: ComponentChildren;
}

/** What the reader did that the loaded exercise finishes. */
export type Intent = { readonly kind: 'check'; readonly typed: string } | { readonly kind: 'new' } | { readonly kind: 'link' };

/** The answer field's text, from its form. */
export const typedIn = (form: HTMLFormElement) => (form.elements.namedItem('answer') as HTMLInputElement).value;

type Live = typeof import('./exercises/ExerciseLive');
let loading: Promise<Live> | undefined;
const loadLive = () => (loading ??= import('./exercises/ExerciseLive'));

export default class Exercise extends Component<ExerciseProps, { live?: Live; intent?: Intent }> {
  override componentDidMount() {
    if (new URLSearchParams(location.search).has(`exercise-${this.props.id}`)) this.start({ kind: 'link' });
  }

  start(intent?: Intent) {
    void loadLive().then((live) => this.setState(intent ? { live, intent } : { live }));
  }

  override render(props: ExerciseProps, { live, intent }: { live?: Live; intent?: Intent }) {
    if (live && intent) return <live.ExerciseLive {...props} intent={intent} />;
    return (
      <div
        onFocusIn={() => this.start()}
        onPointerDown={() => this.start()}
        onSubmit={(e) => {
          e.preventDefault();
          this.start({ kind: 'check', typed: typedIn(e.target as HTMLFormElement) });
        }}
        onClick={(e) => {
          if ((e.target as Element).closest('[data-new-numbers]')) this.start({ kind: 'new' });
        }}
      >
        {props.children}
      </div>
    );
  }
}
