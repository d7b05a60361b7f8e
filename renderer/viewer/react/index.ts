export { useViewer } from './useViewer.js';
export { useViewerState } from './useViewerState.js';
export { ViewerViewport, type ViewerViewportProps } from './ViewerViewport.js';
