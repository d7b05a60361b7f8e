/** A job id for one indexing or export run; progress events and the cancel request name it. */
export const newJobId = (kind: 'index' | 'export'): string => `${kind}-${crypto.randomUUID()}`;
