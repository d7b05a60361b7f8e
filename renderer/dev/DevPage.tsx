import { useEffect, useState } from 'react';
import { listStackImageIds, MASK_CATEGORIES, VIEWER_TOOLS, type MaskCategory, type Viewer } from '../viewer/index.js';
import { useViewer } from '../viewer/react/useViewer.js';
import { useViewerState } from '../viewer/react/useViewerState.js';
import type { DevQuery } from './readDevQuery.js';

/** What the page exposes to the e2e tests (window.peittoDev). */
export interface DevHandle {
  state: 'loading' | 'ready' | 'error';
  viewer: Viewer | undefined;
  error: string | undefined;
  /** Milliseconds from navigation start until the first image was drawn. */
  firstImageMs: number | undefined;
}

declare global {
  interface Window {
    peittoDev: DevHandle;
  }
}

window.peittoDev = { state: 'loading', viewer: undefined, error: undefined, firstImageMs: undefined };

const PREVIEW_FACTORS = [undefined, 2, 4, 8] as const;

/**
 * Development page, not the product UI: shows the files named in the query string in one viewer with a bare
 * toolbar over the whole viewer API, and publishes the viewer for the end-to-end tests.
 */
export function DevPage({ query }: { query: DevQuery }) {
  const [ref, viewer] = useViewer({ renderBackend: query.backend, interpolation: query.interpolation, tool: query.tool });
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!viewer) return;
    if (query.size && ref.current) Object.assign(ref.current.style, { width: `${query.size[0]}px`, height: `${query.size[1]}px` });
    viewer.resize();
    window.peittoDev = { ...window.peittoDev, viewer, state: 'loading' };
    let cancelled = false;
    listStackImageIds(query.urls)
      .then((imageIds) => viewer.loadStack(imageIds, query.index))
      .then(
        () => {
          if (cancelled) return;
          requestAnimationFrame(() => {
            window.peittoDev = { ...window.peittoDev, state: 'ready', firstImageMs: performance.now() };
          });
        },
        (reason: unknown) => {
          const message = reason instanceof Error ? reason.message : JSON.stringify(reason);
          window.peittoDev = { ...window.peittoDev, state: 'error', error: message };
          setError(message);
        },
      );
    return () => {
      cancelled = true;
    };
  }, [viewer, query, ref]);

  const tool = useViewerState(viewer, ['toolchange'], (v) => v.getTool());
  const status = useViewerState(
    viewer,
    ['imagechange', 'voichange', 'camerachange', 'maskschange', 'cropchange', 'previewchange', 'cinechange', 'overlayschange'],
    (v) =>
      JSON.stringify(
        {
          image: v.getImageInfo(),
          voi: v.getVoi(),
          inverted: v.isInverted(),
          camera: v.getCamera(),
          preview: v.getPreview(),
          crop: v.getCrop(),
          masks: v.getMasks(),
          playing: v.isPlaying(),
          overlays: v.areOverlaysVisible(),
        },
        null,
        1,
      ),
  );
  const display = useViewerState(viewer, ['maskdisplaychange'], (v) => v.getMaskDisplay());
  const presets = useViewerState(viewer, ['imagechange'], (v) => v.getVoiPresets());

  return (
    <div className="dev-page">
      <div className="dev-toolbar">
        {VIEWER_TOOLS.map((t) => (
          <button key={t} type="button" aria-pressed={tool === t} onClick={() => viewer?.setTool(t)}>
            {t}
          </button>
        ))}
        <select aria-label="category" onChange={(e) => viewer?.setMaskCategory(e.target.value as MaskCategory)}>
          {MASK_CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        <button type="button" aria-pressed={display?.opaque} onClick={() => viewer?.setMaskDisplay({ opaque: !display?.opaque })}>
          opaque
        </button>
        <button type="button" aria-pressed={display?.peek} onClick={() => viewer?.setMaskDisplay({ peek: !display?.peek })}>
          peek
        </button>
        <button type="button" onClick={() => viewer?.execute({ type: 'toggleOverlays' })}>
          overlays
        </button>
        <button type="button" onClick={() => viewer?.execute({ type: 'toggleInvert' })}>
          invert
        </button>
        <button type="button" onClick={() => viewer?.fit()}>
          fit
        </button>
        <button type="button" onClick={() => viewer?.execute({ type: 'toggleCine' })}>
          cine
        </button>
        <select aria-label="preview" onChange={(e) => viewer?.setPreviewFactor(Number(e.target.value) || undefined)}>
          {PREVIEW_FACTORS.map((f) => (
            <option key={f ?? 1} value={f ?? ''}>
              {f ? `1/${f}` : '1/1'}
            </option>
          ))}
        </select>
        {presets?.map((p) => (
          <button key={p.id} type="button" onClick={() => viewer?.applyVoiPreset(p.id)}>
            {p.id}
          </button>
        ))}
      </div>
      <div ref={ref} className="dev-viewport" />
      {error ? <div role="alert">{error}</div> : null}
      <div className="dev-status">{status}</div>
    </div>
  );
}
