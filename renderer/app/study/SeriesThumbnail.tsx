import { useEffect, useRef, useState } from 'react';
import type { SeriesView } from '../../../main/api/contract.js';
import { Icon } from '../common/Icon.js';
import { useHost } from '../host/HostContext.js';
import { renderThumbnail } from './renderThumbnail.js';
import { middleImage } from './studyIndex.js';

/** The middle image of a series, drawn small once the card scrolls into view. */
export function SeriesThumbnail({ series }: { readonly series: SeriesView }) {
  const { fileUrl } = useHost();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'waiting' | 'drawn' | 'failed' | 'none'>('waiting');
  const image = middleImage(series);
  const url = image ? fileUrl(image.instance.fileId) : undefined;
  const frame = image?.frame ?? 0;
  const frames = image?.instance.frames ?? 1;

  useEffect(() => {
    const element = canvas.current;
    if (!element || !url) {
      setState('none');
      return undefined;
    }
    let live = true;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      renderThumbnail(element, url, frame, frames).then(
        () => live && setState('drawn'),
        () => live && setState('failed'),
      );
    });
    observer.observe(element);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [url, frame, frames]);

  return (
    <div className={`thumbnail thumbnail-${state}`}>
      <canvas ref={canvas} aria-hidden="true" />
      {state !== 'drawn' ? <Icon name="image" /> : null}
    </div>
  );
}
