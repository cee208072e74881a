/**
 * One shared connection, opened by `open` on first use: later calls get the same promise; a failed
 * open is forgotten, so the next call tries again (a database blocked for a moment is not lost).
 */
export function lazyConnection<T>(open: () => Promise<T>): () => Promise<T> {
  let db: Promise<T> | null = null;
  return () => {
    db ??= open().catch((e: unknown) => {
      db = null;
      throw e;
    });
    return db;
  };
}

/** `openDB`'s `blocking` handler: a newer version of the explorer in another tab wants to upgrade, so let it. */
export function closeForNewerVersion(_current: number, _next: number | null, event: Event): void {
  (event.target as IDBDatabase).close();
}
