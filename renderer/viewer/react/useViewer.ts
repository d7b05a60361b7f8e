import { useEffect, useRef, useState, type RefObject } from 'react';
import { createViewer } from '../createViewer.js';
import type { Viewer, ViewerOptions } from '../viewerApi.js';

/**
 * Creates a viewer on the element behind the returned ref once it is mounted, and destroys it on unmount.
 * Options are read at creation; change behaviour later through the viewer's methods.
 */
export function useViewer(options?: ViewerOptions): [RefObject<HTMLDivElement | null>, Viewer | undefined] {
  const ref = useRef<HTMLDivElement | null>(null);
  const optionsRef = useRef(options);
  const [viewer, setViewer] = useState<Viewer>();
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const created = createViewer(element, optionsRef.current);
    setViewer(created);
    return () => {
      created.destroy();
      setViewer(undefined);
    };
  }, []);
  return [ref, viewer];
}
