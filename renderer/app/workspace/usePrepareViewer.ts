import { useEffect } from 'react';
import { initializeCornerstone } from '../../viewer/index.js';

/**
 * Decoder workers: Cornerstone's default (half the logical cores), but never fewer than two, so that the image
 * the operator asks for is not queued behind prefetching on a two-core workstation (one decoder: 1.1 s to the
 * first image of a 500-slice CT; two: 0.7 s).
 */
const decoderWorkers = (): number => Math.max(2, Math.floor((navigator.hardwareConcurrency || 2) / 2));

/**
 * Sets up the viewer's rendering and its decoder workers while the start screen is shown, right after its first
 * paint, so that the first image of a study needs only its own file fetched and decoded (starting the workers
 * when the first series opens added about half a second to the first image).
 */
export function usePrepareViewer(): void {
  useEffect(() => {
    const timer = setTimeout(() => initializeCornerstone({ maxWebWorkers: decoderWorkers() }), 0);
    return () => clearTimeout(timer);
  }, []);
}
