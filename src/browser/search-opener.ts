// Opens search from the header button, "/" or Ctrl+K (Cmd+K). The dialog's code and pagefind
// (index and engine) load only then, so a page that is only read carries this listener alone.
const openSearch = () => void import('./search').then((search) => search.open());

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
