import type { IndexView, InstanceView, PatientView, SeriesView, StudyView } from '../../../main/api/contract.js';

/** A series with the study and patient it belongs to, in the order the browser lists them. */
export interface SeriesEntry {
  readonly patient: PatientView;
  readonly study: StudyView;
  readonly series: SeriesView;
}

export const listSeries = (index: IndexView): SeriesEntry[] =>
  index.patients.flatMap((patient) => patient.studies.flatMap((study) => study.series.map((series) => ({ patient, study, series }))));

export const findSeries = (index: IndexView, seriesInstanceUid: string | undefined): SeriesEntry | undefined =>
  seriesInstanceUid === undefined ? undefined : listSeries(index).find((e) => e.series.seriesInstanceUid === seriesInstanceUid);

/** The series to show first: the first with images. */
export const firstViewableSeries = (index: IndexView): SeriesEntry | undefined =>
  listSeries(index).find((e) => e.series.instances.some((i) => i.hasPixelData));

/** The neighbouring series with images, for next/previous series; stays put at either end. */
export function neighbourSeries(index: IndexView, current: string | undefined, step: 1 | -1): SeriesEntry | undefined {
  const all = listSeries(index).filter((e) => e.series.instances.some((i) => i.hasPixelData));
  const at = all.findIndex((e) => e.series.seriesInstanceUid === current);
  return all[Math.min(all.length - 1, Math.max(0, (at < 0 ? -1 : at) + step))];
}

/** One image of the stack the viewer shows: an instance and a frame of it. */
export interface StackImage {
  readonly instance: InstanceView;
  readonly frame: number;
}

/** The series' images in order, every frame of a multi-frame instance after the other; objects without pixels left out. */
export const stackOf = (series: SeriesView): StackImage[] =>
  series.instances.filter((i) => i.hasPixelData).flatMap((instance) => Array.from({ length: Math.max(1, instance.frames) }, (_, frame) => ({ instance, frame })));

/** The instance whose image stands for the series in the browser: the middle one, at its middle frame. */
export function middleImage(series: SeriesView): StackImage | undefined {
  const withPixels = series.instances.filter((i) => i.hasPixelData);
  const instance = withPixels[Math.floor(withPixels.length / 2)];
  return instance && { instance, frame: Math.floor(Math.max(1, instance.frames) / 2) };
}

/** The UIDs of everything open, to check a plan against. */
export function openTargets(index: IndexView): { instances: Set<string>; series: Set<string> } {
  const series = listSeries(index).map((e) => e.series);
  return {
    series: new Set(series.map((s) => s.seriesInstanceUid)),
    instances: new Set(series.flatMap((s) => s.instances.map((i) => i.sopInstanceUid))),
  };
}

export const countImages = (index: IndexView): number => listSeries(index).reduce((n, e) => n + e.series.instances.length, 0);
