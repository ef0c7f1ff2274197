/**
 * Links the numerical-example chapter's text with the explorer's step-through, both ways
 * (browser code, loaded with the chapter through StepLinks.astro). An equation whose number a
 * step computes, and a number in the prose that a step computes, opens that step on click, tap,
 * or Enter: the step-through scrolls into view and the place in the text stays marked. The
 * step's back link returns to that place: to the number the reader came from while its step is
 * open, and otherwise to the equation's id, which Eq.astro writes. Which equation or number
 * belongs to which step is read from the explorer's own list of steps (rendered at build time
 * with each step's quantity), so nothing is written twice.
 */
import { OPEN_STEP_EVENT, STEP_PARAM, STEPS_ID } from './step-ids';

const MARKED = 'nn-step-origin';
/** Equations, and numbers in the prose: not those inside an equation, a live example or an exercise. */
const OPENER = '.eq[data-step], [data-q][data-step]';

/** Where the reader last opened a step from, and that step. */
let origin: { element: HTMLElement; step: string } | undefined;

function open(element: HTMLElement) {
  const step = element.dataset.step!;
  document.querySelector(`.${MARKED}`)?.classList.remove(MARKED);
  element.classList.add(MARKED);
  origin = { element, step };
  // Kept in the address too: the explorer reads it when it hydrates after this scroll.
  const url = new URL(location.href);
  url.searchParams.set(STEP_PARAM, step);
  history.replaceState(history.state, '', url);
  window.dispatchEvent(new CustomEvent(OPEN_STEP_EVENT, { detail: step }));
  const steps = document.getElementById(STEPS_ID);
  steps?.scrollIntoView({ block: 'start' });
  steps?.focus({ preventScroll: true });
}

const closest = (target: EventTarget | null, selector: string) => (target as Element | null)?.closest?.<HTMLElement>(selector);

for (const item of document.querySelectorAll<HTMLElement>(`#${STEPS_ID} li[data-quantity]`)) {
  const quantity = CSS.escape(item.dataset.quantity!);
  const step = item.dataset.step!;
  const equation = document.querySelector<HTMLElement>(`.eq[data-eq="${quantity}"]`);
  if (equation && !equation.dataset.step) {
    equation.dataset.step = step;
    equation.title = 'Open this step in the explorer below';
  }
  for (const number of document.querySelectorAll<HTMLElement>(`main [data-q="${quantity}"]`)) {
    if (number.closest('.eq, .nn-example, astro-island') || number.dataset.step) continue;
    number.dataset.step = step;
  }
}

document.addEventListener('click', (event) => {
  const opener = closest(event.target, OPENER);
  if (opener) return open(opener);
  // Back to the number the reader came from, if its step is still the one open.
  const back = closest(event.target, '.nn-step-back');
  if (!back || !origin?.element.isConnected || back.getAttribute('href') === `#${origin.element.id}`) return;
  const current = document.querySelector<HTMLElement>(`#${STEPS_ID} li[aria-current="step"]`)?.dataset.step;
  if (origin.step !== current) return;
  event.preventDefault();
  origin.element.scrollIntoView({ block: 'center' });
  origin.element.focus({ preventScroll: true });
});
document.addEventListener('keydown', (event) => {
  const opener = event.key === 'Enter' ? closest(event.target, OPENER) : undefined;
  if (opener) open(opener);
});
