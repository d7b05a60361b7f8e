import { useCallback, useRef, useState } from 'react';
import type { ExportSummary, Plan } from '../../../main/api/contract.js';
import { isCancelled } from '../../api/apiError.js';
import { newJobId } from '../common/newJobId.js';
import { useHost } from '../host/HostContext.js';

export type ExportJob =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly jobId: string; readonly outDir: string; readonly cancelling: boolean }
  | { readonly status: 'finished'; readonly summary: ExportSummary }
  | { readonly status: 'failed'; readonly error: unknown; readonly outDir: string }
  | { readonly status: 'cancelled'; readonly outDir: string };

/**
 * The export as a job on the Node side: the renderer only waits (the request) and listens (progress events),
 * so the window stays responsive however long it runs. The plan is autosaved by the engine when it starts.
 */
export function useExportJob(): { job: ExportJob; start(plan: Plan, outDir: string): void; cancel(): void; reset(): void } {
  const { api } = useHost();
  const [job, setJob] = useState<ExportJob>({ status: 'idle' });
  const running = useRef<string | undefined>(undefined);

  const start = useCallback(
    (plan: Plan, outDir: string) => {
      if (running.current) return;
      const jobId = newJobId('export');
      running.current = jobId;
      setJob({ status: 'running', jobId, outDir, cancelling: false });
      api.exportStart({ jobId, plan, outDir }).then(
        (summary) => {
          running.current = undefined;
          setJob({ status: 'finished', summary });
        },
        (error: unknown) => {
          running.current = undefined;
          setJob(isCancelled(error) ? { status: 'cancelled', outDir } : { status: 'failed', error, outDir });
        },
      );
    },
    [api],
  );

  const cancel = useCallback(() => {
    const jobId = running.current;
    if (!jobId) return;
    setJob((j) => (j.status === 'running' ? { ...j, cancelling: true } : j));
    void api.jobCancel({ jobId }).catch(() => undefined);
  }, [api]);

  const reset = useCallback(() => {
    if (!running.current) setJob({ status: 'idle' });
  }, []);

  return { job, start, cancel, reset };
}
