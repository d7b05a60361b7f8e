import { expect, test } from 'vitest';
import type { IndexView, InstanceView, SeriesView } from '../../../main/api/contract.js';
import { countImages, firstViewableSeries, middleImage, neighbourSeries, openTargets, stackOf } from './studyIndex.js';

const instance = (uid: string, frames = 1, hasPixelData = true): InstanceView => ({
  sopInstanceUid: uid,
  fileId: uid,
  instanceNumber: undefined,
  frames,
  rows: 8,
  columns: 8,
  sopClass: '',
  hasPixelData,
  hasOverlays: false,
  flags: [],
});
const series = (uid: string, instances: InstanceView[]): SeriesView => ({
  seriesInstanceUid: uid,
  number: undefined,
  modality: 'OT',
  description: '',
  bodyPart: '',
  manufacturer: '',
  model: '',
  instances,
  flags: [],
});
const index: IndexView = {
  patients: [
    {
      key: 'p',
      name: '',
      id: '',
      birthDate: '',
      sex: '',
      studies: [
        {
          studyInstanceUid: 's',
          date: '',
          description: '',
          series: [series('SR', [instance('r', 1, false)]), series('A', [instance('a1'), instance('a2', 3)]), series('B', [instance('b1')])],
        },
      ],
    },
  ],
  problems: [],
  notDicom: 0,
  directories: 0,
};

test('a stack holds every frame of every image with pixels, in order', () => {
  const a = index.patients[0]!.studies[0]!.series[1]!;
  expect(stackOf(a).map((s) => `${s.instance.sopInstanceUid}:${s.frame}`)).toEqual(['a1:0', 'a2:0', 'a2:1', 'a2:2']);
  expect(middleImage(a)).toMatchObject({ instance: { sopInstanceUid: 'a2' }, frame: 1 });
  expect(middleImage(index.patients[0]!.studies[0]!.series[0]!)).toBeUndefined();
});

test('series navigation skips series without images and stops at the ends', () => {
  expect(firstViewableSeries(index)?.series.seriesInstanceUid).toBe('A');
  expect(neighbourSeries(index, 'A', 1)?.series.seriesInstanceUid).toBe('B');
  expect(neighbourSeries(index, 'B', 1)?.series.seriesInstanceUid).toBe('B');
  expect(neighbourSeries(index, 'A', -1)?.series.seriesInstanceUid).toBe('A');
  expect(neighbourSeries(index, undefined, 1)?.series.seriesInstanceUid).toBe('A');
});

test('what is open, by UID, and how many objects', () => {
  expect(openTargets(index)).toEqual({ series: new Set(['SR', 'A', 'B']), instances: new Set(['r', 'a1', 'a2', 'b1']) });
  expect(countImages(index)).toBe(4);
});
