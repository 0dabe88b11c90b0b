// Other people's posts shown around the composers, so pages look like a timeline.
export interface SamplePost {
  name: string;
  handle: string;
  text: string;
}

export const TIMELINE_POSTS: SamplePost[] = [
  { name: 'Riverside Allotments', handle: 'riverside_plots', text: 'Seed swap this Saturday from 10am by the old greenhouse. Bring labels!' },
  { name: 'Fernvale Runners', handle: 'fernvale_runs', text: 'Park run route is back to normal now the path resurfacing is finished.' },
];

export const STATUS_POST: SamplePost = {
  name: 'Sam Patel',
  handle: 'sampatel_fv',
  text: 'Does anyone know when the bins on Larch Close will be collected after the bank holiday?',
};
