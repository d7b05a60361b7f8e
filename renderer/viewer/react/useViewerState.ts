import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Viewer, ViewerEvents } from '../viewerApi.js';

/**
 * A value read from the viewer, read again only when one of `events` fires (and when the viewer changes), e.g.
 * useViewerState(viewer, ['voichange'], (v) => v.getVoi()). Reading on events rather than on every render keeps
 * the snapshot stable, as useSyncExternalStore requires, even for getters that build a new object.
 */
export function useViewerState<T>(
  viewer: Viewer | undefined,
  events: readonly (keyof ViewerEvents)[],
  read: (viewer: Viewer) => T,
): T | undefined {
  const snapshot = useRef<{ viewer: Viewer | undefined; version: number; value: T | undefined } | undefined>(undefined);
  const version = useRef(0);
  const readRef = useRef(read);
  readRef.current = read;
  const eventKey = events.join(' ');

  const subscribe = useCallback(
    (notify: () => void) => {
      if (!viewer) return () => undefined;
      const unsubscribers = (eventKey.split(' ') as (keyof ViewerEvents)[]).map((type) =>
        viewer.on(type, () => {
          version.current++;
          notify();
        }),
      );
      return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
    },
    [viewer, eventKey],
  );

  const getSnapshot = (): T | undefined => {
    const current = snapshot.current;
    if (current && current.viewer === viewer && current.version === version.current) return current.value;
    const value = viewer ? readRef.current(viewer) : undefined;
    snapshot.current = { viewer, version: version.current, value };
    return value;
  };

  return useSyncExternalStore(subscribe, getSnapshot);
}
