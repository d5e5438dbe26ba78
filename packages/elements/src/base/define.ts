/**
 * Registers a custom element unless the tag is taken. Two widgets on one city page may bundle different
 * versions of this package; throwing would break the second one, so a different registration only warns and the
 * first one stays in use.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(
      `[vielfalt] vf-define-twice: <${tag}> is already registered by another copy of @vielfalt/elements; ` +
        'this copy is not used. Load the elements once (one script tag) to avoid this.',
    );
  }
}
