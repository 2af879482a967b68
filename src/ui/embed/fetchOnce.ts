/**
 * A late module fetched once, and again after a fetch that failed (a dropped connection is not the last word). The
 * `import()` stays in the caller's module, so it is that module's chunk that fetches it.
 */
export function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    const attempt = (loading ??= load());
    attempt.catch(() => {
      if (loading === attempt) loading = null;
    });
    return attempt;
  };
}
