/**
 * Line icons drawn for Peitto on a 24-unit grid (stroke, no fill unless stated), so that nothing is fetched and
 * the toolbar reads the same at any scale. Labels come from the translations, never from the icon.
 */
const PATHS = {
  windowLevel: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 3v18', 'M12 3a9 9 0 0 1 0 18z|fill'],
  pan: ['M12 3v18', 'M3 12h18', 'M9 6l3-3 3 3', 'M9 18l3 3 3-3', 'M6 9l-3 3 3 3', 'M18 9l3 3-3 3'],
  zoom: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M15.5 15.5L21 21', 'M10.5 7.5v6', 'M7.5 10.5h6'],
  scroll: ['M7 5h10v4H7z', 'M7 15h10v4H7z', 'M12 9.5v5', 'M10 12.5l2 2 2-2'],
  select: ['M5 3l13 8-6 1.5L9 19z|fill'],
  rectangle: ['M4 6h16v12H4z'],
  ellipse: ['M12 5c4.4 0 8 3.1 8 7s-3.6 7-8 7-8-3.1-8-7 3.6-7 8-7z'],
  polygon: ['M5 8l7-4 7 5-2 10H7z'],
  freehand: ['M4 16c2-6 4-9 6-7s-1 7 2 7 4-9 8-9'],
  crop: ['M6 2v16h16', 'M2 6h16v16'],
  invert: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 3a9 9 0 0 0 0 18z|fill'],
  fit: ['M4 9V4h5', 'M15 4h5v5', 'M20 15v5h-5', 'M9 20H4v-5'],
  play: ['M7 4l13 8-13 8z|fill'],
  pause: ['M7 4h3v16H7z|fill', 'M14 4h3v16h-3z|fill'],
  overlays: ['M12 3l9 5-9 5-9-5z', 'M3 13l9 5 9-5'],
  eye: ['M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z', 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z'],
  eyeOff: ['M2 12s3.5-7 10-7c2 0 3.7.7 5.1 1.6', 'M22 12s-3.5 7-10 7c-2 0-3.7-.7-5.1-1.6', 'M3 21L21 3'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10a6 6 0 0 1 0 12h-3'],
  redo: ['M15 14l5-5-5-5', 'M20 9H10a6 6 0 0 0 0 12h3'],
  help: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 1-1 1.7v.5', 'M12 17h.01'],
  folder: ['M3 6h6l2 2h10v11H3z'],
  file: ['M6 3h8l4 4v14H6z', 'M14 3v4h4'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 13h10l1-13'],
  save: ['M5 4h11l3 3v13H5z', 'M8 4v5h7V4', 'M8 20v-6h8v6'],
  open: ['M3 7h6l2 2h10v10H3z', 'M12 12v5', 'M9.5 14.5L12 12l2.5 2.5'],
  close: ['M6 6l12 12', 'M18 6L6 18'],
  warning: ['M12 3l10 18H2z', 'M12 10v5', 'M12 18h.01'],
  check: ['M4 12l5 5L20 6'],
  info: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M12 11v6', 'M12 7.5h.01'],
  demo: ['M9 3h6', 'M10 3v6L5 19a1.5 1.5 0 0 0 1.3 2h11.4a1.5 1.5 0 0 0 1.3-2l-5-10V3'],
  export: ['M12 3v12', 'M7 8l5-5 5 5', 'M4 15v5h16v-5'],
  image: ['M4 5h16v14H4z', 'M4 16l5-5 4 4 3-3 4 4'],
  flag: ['M5 21V4', 'M5 4h11l-2 4 2 4H5'],
  resolution: ['M3 3h18v18H3z', 'M3 12h9v9', 'M12 3v9h9'],
  header: ['M4 5h16', 'M4 10h16', 'M4 15h10', 'M4 20h7'],
  mask: ['M4 5h16v14H4z', 'M8 9h8v6H8z|fill'],
  language: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M3 12h18', 'M12 3c3 3.5 3 14.5 0 18', 'M12 3c-3 3.5-3 14.5 0 18'],
  chevronRight: ['M9 5l7 7-7 7'],
  chevronDown: ['M5 9l7 7 7-7'],
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { readonly name: IconName; readonly className?: string }) {
  return (
    <svg className={className ? `icon ${className}` : 'icon'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {PATHS[name].map((spec) => {
        const [d, fill] = spec.split('|');
        return <path key={spec} d={d} className={fill ? 'icon-fill' : undefined} />;
      })}
    </svg>
  );
}
