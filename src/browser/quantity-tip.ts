// Every page has computed numbers, but few readers open their tips: the tip code
// (quantity-tip-box.ts) is fetched when a number is first hovered, focused or tapped, and that
// first event is handed to it. A selector test, not an import: this file stays a few bytes.
const EVENTS = ['mouseover', 'focusin', 'click'] as const;

const first = (event: Event) => {
  if (!(event.target instanceof Element && event.target.closest('[data-q][data-tip]'))) return;
  for (const type of EVENTS) removeEventListener(type, first);
  void import('./quantity-tip-box').then(({ startTips }) => startTips(event));
};
for (const type of EVENTS) addEventListener(type, first);
