/** The parameters of a page address that may carry the offer id, in order: German first, as the portal links. */
export const offerIdParameters = ['angebot', 'id'] as const;

/** The offer id in a page's query string (`?angebot=…` or `?id=…`), if it looks like an id. */
export function offerIdFromAddress(search: string): string | undefined {
  const params = new URLSearchParams(search);
  for (const name of offerIdParameters) {
    const value = params.get(name)?.trim();
    if (value !== undefined && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value)) return value;
  }
  return undefined;
}
