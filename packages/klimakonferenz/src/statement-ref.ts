/** The reference of a statement across workshops. */
export function statementRef(workshop: string, statement: string): string {
  return `${workshop}/${statement}`;
}
