/** Saving text as a file, entirely in the page: a Blob, an object URL and a temporary link. */

/** Strings held before they move into a Blob (out of the script's heap): about 16 MB. */
const PIECES_PER_BLOB = 16 * 1024 * 1024;

/**
 * A file written piece by piece: `write(piece)` as often as needed, then `blob()`. Pieces are gathered into a Blob
 * every few megabytes, so however long the file, no string of it all is ever made (a long event log is gigabytes,
 * and one string that size throws RangeError: Invalid string length) and the script's heap holds one part at a time.
 */
export function pieceWriter(type: string): { readonly write: (piece: string) => void; readonly blob: () => Blob } {
  const parts: Blob[] = [];
  let pending: string[] = [];
  let size = 0;
  const seal = (): void => {
    if (pending.length === 0) return;
    parts.push(new Blob(pending));
    pending = [];
    size = 0;
  };
  return {
    write(piece) {
      pending.push(piece);
      size += piece.length;
      if (size >= PIECES_PER_BLOB) seal();
    },
    blob() {
      seal();
      return new Blob(parts, { type });
    },
  };
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the download start before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from a scenario title: lower case, words joined by hyphens, nothing a file system dislikes. */
export function fileBaseName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'ecs-orchestra';
}
