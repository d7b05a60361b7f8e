import { useEffect } from 'react';
import { initializeCornerstone } from '../../viewer/index.js';

/**
 * Sets up the viewer's rendering and its decoder workers while the start screen is shown, right after its first
 * paint, so that the first image of a study needs only its own file fetched and decoded (starting the workers
 * when the first series opens added about half a second to the first image).
 */
export function usePrepareViewer(): void {
  useEffect(() => {
    const timer = setTimeout(() => initializeCornerstone(), 0);
    return () => clearTimeout(timer);
  }, []);
}
