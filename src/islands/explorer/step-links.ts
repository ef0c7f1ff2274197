/**
 * Links the numerical-example chapter's equations with the explorer's step-through, both ways
 * (browser code, loaded with the chapter through StepLinks.astro). An equation whose number a
 * step computes opens that step on click, tap, or Enter on one of its numbers: the step-through
 * scrolls into view and the equation stays marked (each step's back link returns to the equation's
 * id, which Eq.astro writes). Which equation belongs to which step is read from the explorer's
 * own list of steps (rendered at build time with each step's quantity), so nothing is written twice.
 */
import { OPEN_STEP_EVENT, STEP_PARAM, STEPS_ID } from './step-ids';

const MARKED = 'nn-eq-marked';

function open(equation: HTMLElement) {
  const step = equation.dataset.step!;
  document.querySelector(`.${MARKED}`)?.classList.remove(MARKED);
  equation.classList.add(MARKED);
  // Kept in the address too: the explorer reads it when it hydrates after this scroll.
  const url = new URL(location.href);
  url.searchParams.set(STEP_PARAM, step);
  history.replaceState(history.state, '', url);
  window.dispatchEvent(new CustomEvent(OPEN_STEP_EVENT, { detail: step }));
  const steps = document.getElementById(STEPS_ID);
  steps?.scrollIntoView({ block: 'start' });
  steps?.focus({ preventScroll: true });
}

const equationOf = (target: EventTarget | null) => (target as Element | null)?.closest?.<HTMLElement>('.eq[data-step]');

for (const item of document.querySelectorAll<HTMLElement>(`#${STEPS_ID} li[data-quantity]`)) {
  const quantity = item.dataset.quantity!;
  const equation = document.querySelector<HTMLElement>(`.eq[data-eq="${CSS.escape(quantity)}"]`);
  if (!equation || equation.dataset.step) continue;
  equation.dataset.step = item.dataset.step!;
  equation.title = 'Open this step in the explorer below';
}

document.addEventListener('click', (event) => {
  const equation = equationOf(event.target);
  if (equation) open(equation);
});
document.addEventListener('keydown', (event) => {
  const equation = event.key === 'Enter' ? equationOf(event.target) : undefined;
  if (equation) open(equation);
});
