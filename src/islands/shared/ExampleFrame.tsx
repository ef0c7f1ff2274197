/**
 * The box every live example sits in: its title, a note for readers without JavaScript (the
 * numbers shown are still the document's), its fields followed by the note that results are
 * from the last valid values, its polite status line, and the shared styles.
 */
import type { ComponentChildren } from 'preact';
import { Polite } from './Polite';
import { StaleNote } from './StaleNote';
import './islands.css';

interface Props {
  title: string;
  /** The current result in a sentence, derived in render; announced politely once the reader pauses. */
  summary: string;
  /** The example's fields, laid out in a row that wraps; an example with its own layout leaves this out. */
  fields?: ComponentChildren;
  children: ComponentChildren;
  class?: string;
}

const NO_SCRIPT_NOTE =
  '<p class="nn-noscript">This example needs JavaScript to change its values; without it, it shows the document’s values.</p>';

export function ExampleFrame({ title, summary, fields, children, class: extra }: Props) {
  return (
    // Out of the search index: an example's labels and numbers are controls, not the teaching text.
    <section class={`nn-example ${extra ?? ''}`} aria-label={title} data-pagefind-ignore>
      <p class="nn-example-title">{title}</p>
      {/* As HTML, so hydration never compares noscript content (which a browser with JS treats as
          text); rendered on the server only, as no reader with JavaScript sees it. */}
      {import.meta.env.SSR && <noscript dangerouslySetInnerHTML={{ __html: NO_SCRIPT_NOTE }} />}
      {fields && <div class="nn-fields">{fields}</div>}
      {fields && <StaleNote />}
      {children}
      <Polite text={summary} />
    </section>
  );
}
