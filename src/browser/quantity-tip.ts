// Numbers inside equations are MathML elements, which draw no CSS ::after box, so they cannot
// show their tip the way prose numbers do (quantities.css). One shared tip element shows it
// instead while such a number is hovered or focused.
const tip = document.querySelector<HTMLElement>('.q-tip');
const numberIn = (event: Event) => (event.target as Element).closest?.('math [data-tip]');

if (tip) {
  const show = (event: Event) => {
    const number = numberIn(event);
    if (!number) return;
    tip.textContent = number.getAttribute('data-tip');
    tip.hidden = false;
  };
  const hide = (event: Event) => {
    if (numberIn(event)) tip.hidden = true;
  };
  document.addEventListener('mouseover', show);
  document.addEventListener('focusin', show);
  document.addEventListener('mouseout', hide);
  document.addEventListener('focusout', hide);
}
