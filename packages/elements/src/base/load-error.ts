/** Why loading failed, for `vf-load-error`: the error's message (loaders write it in German and English). */
export function loadErrorReason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
