import { useEffect } from 'react';
import type { Viewer, ViewerOptions } from '../viewerApi.js';
import { useViewer } from './useViewer.js';

export interface ViewerViewportProps {
  options?: ViewerOptions;
  /** Called with the viewer once created, and with undefined when it is destroyed. */
  onViewer?: (viewer: Viewer | undefined) => void;
  className?: string;
}

/** The element a viewer lives in; size it with `className` (the viewer fills it). */
export function ViewerViewport({ options, onViewer, className }: ViewerViewportProps) {
  const [ref, viewer] = useViewer(options);
  useEffect(() => {
    onViewer?.(viewer);
  }, [viewer, onViewer]);
  return <div ref={ref} className={className} />;
}
