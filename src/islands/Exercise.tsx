/**
 * An exercise at the end of a section: the reader types an answer and the engine checks it.
 * What loads with the page is only this shell around the build-time HTML (the fixed version,
 * in the slot), kept as small as a component can be: it listens from outside, and on the first
 * focus or touch, a check, new numbers, or a link that names other numbers, it loads the
 * checker, generators and solution view, which take over its element.
 */
import type { ComponentChildren } from 'preact';

export interface ExerciseProps {
  id: string;
  title: string;
  chapter: string;
  inChapter: number;
  fixedSeed: number;
  /** The fixed version's exercise, rendered at build time. */
  children?: ComponentChildren;
}

/** What the reader did that the loaded exercise finishes; none for a mere focus. */
export type Intent = { readonly kind: 'check'; readonly typed: string } | { readonly kind: 'new' } | { readonly kind: 'link' };

/** The answer field's text, from its form. */
export const typedIn = (form: HTMLFormElement) => (form.elements.namedItem('answer') as HTMLInputElement).value;

export default function Exercise(props: ExerciseProps) {
  const start = (root: EventTarget | null, intent?: Intent) =>
    void import('./exercises/ExerciseLive').then((live) => intent && live.takeOver(root as Element, props, intent));
  return (
    <div
      ref={(root) => {
        if (root && new URLSearchParams(location.search).has(`exercise-${props.id}`)) start(root, { kind: 'link' });
      }}
      onFocusIn={() => start(null)}
      onSubmit={(e) => {
        e.preventDefault();
        start(e.currentTarget, { kind: 'check', typed: typedIn(e.target as HTMLFormElement) });
      }}
      onClick={(e) => (e.target as Element).closest('[data-new-numbers]') && start(e.currentTarget, { kind: 'new' })}
    >
      {props.children}
    </div>
  );
}
