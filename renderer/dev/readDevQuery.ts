import type { RenderBackendPreference } from '../viewer/index.js';
import { VIEWER_TOOLS, type ViewerTool } from '../viewer/index.js';

/** What the development page is asked to show, from its query string (used by the e2e tests). */
export interface DevQuery {
  /** DICOM files to stack, in order (`url`, repeatable; relative to the page). */
  urls: string[];
  index: number;
  backend: RenderBackendPreference;
  interpolation: 'linear' | 'nearest';
  tool: ViewerTool;
  /** Viewport size in CSS pixels (`size=640x512`). */
  size: [number, number] | undefined;
}

export function readDevQuery(search: string): DevQuery {
  const params = new URLSearchParams(search);
  const backend = params.get('backend');
  const tool = params.get('tool');
  const size = /^(\d+)x(\d+)$/.exec(params.get('size') ?? '');
  return {
    urls: params.getAll('url'),
    index: Number(params.get('index') ?? 0) || 0,
    backend: backend === 'gpu' || backend === 'cpu' ? backend : 'auto',
    interpolation: params.get('interpolation') === 'nearest' ? 'nearest' : 'linear',
    tool: VIEWER_TOOLS.find((t) => t === tool) ?? 'windowLevel',
    size: size ? [Number(size[1]), Number(size[2])] : undefined,
  };
}
