/**
 * A box that scrolls sideways when its content (a diagram, a table) is wider than a narrow
 * screen. It takes keyboard focus and has a name, so a reader without a mouse can scroll it with
 * the arrow keys and hears what it holds; the focus ring comes from the examples' :focus-visible.
 * Its class is the site's one scroll box (src/styles/base.css).
 */
import type { ComponentChildren } from 'preact';

export function ScrollBox({ label, class: extra, children }: { label: string; class?: string; children: ComponentChildren }) {
  return (
    <div class={`scroll-box ${extra ?? ''}`} tabIndex={0} role="group" aria-label={label}>
      {children}
    </div>
  );
}
