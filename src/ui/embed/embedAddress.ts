/** Whether the page's address asks for embed mode (`embed=1`). Kept apart, with no imports, for the page's tiny entry. */
export function isEmbedAddress(search: string): boolean {
  return ['1', 'true', ''].includes(new URLSearchParams(search).get('embed') ?? 'no');
}
