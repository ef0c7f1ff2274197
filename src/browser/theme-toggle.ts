// The theme toggle: pressed means dark. The inline script in <head> applies a remembered choice
// before first paint; this keeps the button's state in step and remembers a new choice.
const root = document.documentElement;
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';

for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  sync();
  systemDark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = theme;
    try {
      localStorage.setItem('theme', theme);
    } catch {
      // Storage can be off (private mode); the choice then lasts for this page only.
    }
    sync();
  });
}
