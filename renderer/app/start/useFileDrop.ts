import { useCallback, useRef, useState, type DragEvent } from 'react';
import type { Notice } from '../common/useNotice.js';
import { useHost } from '../host/HostContext.js';

const carriesFiles = (event: DragEvent): boolean => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Folders and files dropped onto the window open like chosen ones. Only the desktop app can tell their paths
 * (its preload's pathForFile); a browser hides them, so there the operator is told to type the path instead.
 */
export function useFileDrop(open: (paths: readonly string[]) => void, notify: (n: Notice) => void) {
  const { pathForFile } = useHost();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  const onDragEnter = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current++;
    setDragging(true);
  }, []);
  const onDragOver = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDragLeave = useCallback((event: DragEvent) => {
    if (!carriesFiles(event)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth.current = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer.files);
      if (!pathForFile) {
        notify({ kind: 'info', key: 'app.drop.noPaths' });
        return;
      }
      const paths = files.map((f) => pathForFile(f)).filter((p) => p.length > 0);
      if (paths.length === 0) notify({ kind: 'info', key: 'app.drop.nothing' });
      else open(paths);
    },
    [pathForFile, open, notify],
  );

  return { dragging, handlers: { onDragEnter, onDragOver, onDragLeave, onDrop } };
}
