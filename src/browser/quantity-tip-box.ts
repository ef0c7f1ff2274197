// The tip of a computed number (data-tip: its name, its formula and, if rounded, its unrounded
// value), shown in one shared box placed next to the number: below it, or above it where the
// screen ends, and kept inside the screen's width. It opens on hover, on keyboard focus and on a tap or click,
// which pins it open until a tap elsewhere, Escape or focus moving on; touch and mouse work
// alike. Without JavaScript the CSS in quantities.css shows prose numbers' tips instead.
// Fetched by quantity-tip.ts when a reader first reaches a number.
const tip = document.querySelector<HTMLElement>('.q-tip');
/** Space between the number and its tip, and between the tip and the screen's edges, in px. */
const GAP = 6;

const numberAt = (target: EventTarget | null): Element | null => (target instanceof Element ? target.closest('[data-q][data-tip]') : null);

/** Starts the tips, then handles `first`, the event that made quantity-tip.ts fetch this module. */
export function startTips(first: Event): void {
  if (!tip) return;
  // A child of <body>, so its absolute position is in page coordinates and no box clips it.
  document.body.append(tip);
  let owner: Element | null = null;
  let pinned = false;

  const close = () => {
    owner?.removeAttribute('aria-describedby');
    owner = null;
    pinned = false;
    tip.hidden = true;
  };
  const open = (number: Element | null, pin = false) => {
    if (!number) return;
    if (number !== owner) close();
    owner = number;
    pinned ||= pin;
    tip.textContent = number.getAttribute('data-tip');
    tip.hidden = false;
    number.setAttribute('aria-describedby', tip.id);
    const at = number.getBoundingClientRect();
    const { width, height } = tip.getBoundingClientRect();
    const above = at.top - GAP - height;
    const top = at.bottom + GAP + height > innerHeight && above > 0 ? above : at.bottom + GAP;
    const left = Math.max(GAP, Math.min(at.left + (at.width - width) / 2, document.documentElement.clientWidth - width - GAP));
    tip.style.top = `${top + scrollY}px`;
    tip.style.left = `${left + scrollX}px`;
  };
  const closeUnless = (keep: boolean) => {
    if (owner && !keep) close();
  };

  addEventListener('mouseover', (e) => {
    if (!pinned) open(numberAt(e.target));
  });
  addEventListener('mouseout', (e) => closeUnless(pinned || numberAt(e.relatedTarget) === owner || document.activeElement === owner));
  addEventListener('click', (e) => open(numberAt(e.target), true));
  addEventListener('pointerdown', (e) => closeUnless(!!numberAt(e.target)));
  addEventListener('focusin', (e) => open(numberAt(e.target)));
  addEventListener('focusout', (e) => closeUnless(numberAt(e.relatedTarget) === owner));
  addEventListener('keydown', (e) => closeUnless(e.key !== 'Escape'));
  open(numberAt(first.target), first.type === 'click');
}
