import { useEffect, useRef, useState } from 'react';
import type { SeriesView } from '../../../main/api/contract.js';
import { frameImageIdsForUrl, type Viewer } from '../../viewer/index.js';
import { useHost } from '../host/HostContext.js';
import { stackOf, type StackImage } from '../study/studyIndex.js';

export interface SeriesStack {
  readonly seriesUid: string | undefined;
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The stack's images in the viewer's order (image index → instance and frame). */
  readonly images: readonly StackImage[];
  readonly error?: unknown;
  /** An image of the stack that could not be shown after the first (the viewer keeps going). */
  readonly imageError?: unknown;
}

/**
 * Shows a series in the viewer: every frame of every image with pixels, from the file URLs the host serves
 * (frame counts from the index, so no file is read twice). Each series reopens where the operator left it.
 */
export function useSeriesStack(viewer: Viewer | undefined, series: SeriesView | undefined): SeriesStack {
  const { fileUrl } = useHost();
  const [stack, setStack] = useState<SeriesStack>({ seriesUid: undefined, status: 'idle', images: [] });
  const positions = useRef(new Map<string, number>());

  useEffect(() => {
    if (!viewer || !series) return undefined;
    const uid = series.seriesInstanceUid;
    const images = stackOf(series);
    if (images.length === 0) {
      setStack({ seriesUid: uid, status: 'idle', images });
      return undefined;
    }
    const imageIds = series.instances.filter((i) => i.hasPixelData).flatMap((i) => frameImageIdsForUrl(fileUrl(i.fileId), i.frames));
    let live = true;
    setStack({ seriesUid: uid, status: 'loading', images });
    viewer.loadStack(imageIds, positions.current.get(uid) ?? 0).then(
      () => live && setStack({ seriesUid: uid, status: 'ready', images }),
      (error: unknown) => live && setStack({ seriesUid: uid, status: 'failed', images, error }),
    );
    const offError = viewer.on('error', ({ error }) => {
      if (live) setStack((s) => (s.seriesUid === uid ? { ...s, imageError: error } : s));
    });
    const offIndex = viewer.on('indexchange', ({ index }) => {
      if (live) positions.current.set(uid, index);
    });
    return () => {
      live = false;
      offError();
      offIndex();
    };
  }, [viewer, series, fileUrl]);

  return stack;
}
