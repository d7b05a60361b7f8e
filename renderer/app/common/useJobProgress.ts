import { useEffect, useState } from 'react';
import type { JobProgress, PeittoApi } from '../../../main/api/contract.js';

/** The latest progress event of one job (undefined before the first, or without a job). */
export function useJobProgress(api: PeittoApi, jobId: string | undefined): JobProgress | undefined {
  const [progress, setProgress] = useState<JobProgress>();
  useEffect(() => {
    setProgress(undefined);
    if (!jobId) return undefined;
    return api.on('job.progress', (p) => {
      if (p.jobId === jobId) setProgress(p);
    });
  }, [api, jobId]);
  return progress;
}
