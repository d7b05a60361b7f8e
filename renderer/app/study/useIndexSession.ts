import { useCallback, useRef, useState } from 'react';
import type { IndexView, PeittoApi } from '../../../main/api/contract.js';
import { isCancelled } from '../../api/apiError.js';
import { newJobId } from '../common/newJobId.js';
import { countImages } from './studyIndex.js';

/** What is open: the demo study, or the paths the operator chose. */
export type InputSource = { readonly kind: 'demo' } | { readonly kind: 'paths'; readonly paths: readonly string[] };

export interface OpenedIndex {
  readonly index: IndexView;
  readonly source: InputSource;
  /** Milliseconds the engine took to index the inputs (shown, and measured by the tests). */
  readonly indexMs: number;
}

export interface IndexSession {
  readonly opened: OpenedIndex | undefined;
  /** The job while indexing runs. */
  readonly opening: { readonly jobId: string; readonly source: InputSource } | undefined;
  /** The last attempt failed, was cancelled, or found nothing to show. */
  readonly outcome:
    | { readonly kind: 'failed'; readonly error: unknown; readonly source: InputSource }
    | { readonly kind: 'cancelled' }
    | { readonly kind: 'empty'; readonly index: IndexView; readonly source: InputSource }
    | undefined;
  open(paths: readonly string[]): void;
  openDemo(): void;
  cancel(): void;
  retry(): void;
  dismissOutcome(): void;
}

/**
 * Opening inputs: the engine indexes them as a job (progress events, cancellable). A failed, cancelled or
 * empty attempt leaves what was open before as it was.
 */
export function useIndexSession(api: PeittoApi): IndexSession {
  const [opened, setOpened] = useState<OpenedIndex>();
  const [opening, setOpening] = useState<IndexSession['opening']>();
  const [outcome, setOutcome] = useState<IndexSession['outcome']>();
  const current = useRef<string | undefined>(undefined);

  const run = useCallback(
    (source: InputSource) => {
      const jobId = newJobId('index');
      current.current = jobId;
      setOpening({ jobId, source });
      setOutcome(undefined);
      const started = performance.now();
      const request = source.kind === 'demo' ? api.demoOpen({ jobId }) : api.indexOpen({ jobId, paths: source.paths });
      request.then(
        (index) => {
          if (current.current !== jobId) return;
          current.current = undefined;
          setOpening(undefined);
          if (countImages(index) === 0) setOutcome({ kind: 'empty', index, source });
          else setOpened({ index, source, indexMs: performance.now() - started });
        },
        (error: unknown) => {
          if (current.current !== jobId) return;
          current.current = undefined;
          setOpening(undefined);
          setOutcome(isCancelled(error) ? { kind: 'cancelled' } : { kind: 'failed', error, source });
        },
      );
    },
    [api],
  );

  const open = useCallback((paths: readonly string[]) => run({ kind: 'paths', paths }), [run]);
  const openDemo = useCallback(() => run({ kind: 'demo' }), [run]);
  const cancel = useCallback(() => {
    if (opening) void api.jobCancel({ jobId: opening.jobId }).catch(() => undefined);
  }, [api, opening]);
  const retry = useCallback(() => {
    if (outcome?.kind === 'failed') run(outcome.source);
  }, [outcome, run]);
  const dismissOutcome = useCallback(() => setOutcome(undefined), []);

  return { opened, opening, outcome, open, openDemo, cancel, retry, dismissOutcome };
}
