// Opens search from the header button, "/" or Ctrl+K (Cmd+K). Pagefind (index and engine) is
// fetched only then. The dialog code itself is bundled here: it is smaller than the preload
// helper the bundler adds to any lazily imported module.
import { open as openSearch } from './search';

document.querySelector('.search-open')?.addEventListener('click', openSearch);

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (slash || ctrlK) {
    event.preventDefault();
    openSearch();
  }
});
