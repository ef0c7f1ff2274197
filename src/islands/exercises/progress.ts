/**
 * Which exercises a reader has solved, per chapter, kept in localStorage. Storage may be absent
 * or throw (private windows, blocked cookies): then progress lives in memory for the page's
 * lifetime and nothing else changes. The exercises of one page hear of each other's progress.
 */
const KEY = (chapter: string) => `nn-exercises:${chapter}`;
const EVENT = 'nn-exercise-solved';
const inMemory = new Map<string, string[]>();

function read(chapter: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY(chapter)) ?? '[]');
    if (Array.isArray(stored)) return stored.filter((id): id is string => typeof id === 'string');
  } catch {
    // Unavailable or unreadable storage: fall back to this page's memory.
  }
  return inMemory.get(chapter) ?? [];
}

export function solvedIn(chapter: string): string[] {
  return [...new Set([...read(chapter), ...(inMemory.get(chapter) ?? [])])];
}

export function markSolved(chapter: string, id: string): void {
  const solved = [...new Set([...solvedIn(chapter), id])];
  inMemory.set(chapter, solved);
  try {
    localStorage.setItem(KEY(chapter), JSON.stringify(solved));
  } catch {
    // Kept in memory only.
  }
  window.dispatchEvent(new CustomEvent(EVENT));
}

/** Calls back whenever an exercise on this page is solved; returns the unsubscribe. */
export function onProgress(callback: () => void): () => void {
  window.addEventListener(EVENT, callback);
  return () => window.removeEventListener(EVENT, callback);
}
