/** The commitments tracker, "What the agreement promised" (src/views/commitments.ts), in English. */
import { plural, type Part } from './words.ts';

export default {
  title: 'What the agreement promised',
  description: (n: number) =>
    `All ${n} promises of the US–Taliban agreement and the US–Afghan joint declaration of 29 February 2020: who made each one, its deadline, where it stood on 1 March 2021 and what became of it.`,
  intro: (agreement: Part, declaration: Part) => [
    'On 29 February 2020 the United States signed ',
    agreement,
    ' with the Taliban in Doha and issued ',
    declaration,
    ' with the Afghan government in Kabul. Below is each promise the two texts make, grouped by subject, with who made it and by when.',
  ],
  /** `date` is the explainer's as-of date, `postscript` the day the later outcomes were written. */
  asOf: (date: Part, postscript: Part) => [
    'Each status gives where the promise stood on ',
    date,
    ', the date the explainer stands at. What became of it afterwards is set apart, in a postscript written ',
    postscript,
    '.',
  ],
  /** The link texts to each document's signing on the timeline. */
  documentLinks: { agreement: 'an agreement', declaration: 'a joint declaration' },
  /** Which text a promise is in. */
  documents: { agreement: 'US–Taliban agreement', declaration: 'US–Afghan joint declaration' },
  summaryHeading: (date: Part) => ['Where the promises stood on ', date],
  /** "5 promises", after a status. */
  count: (n: number) => `${n} ${plural(n, 'promise', 'promises')}`,
  /** Each status: its label on every entry and what it means, in the key at the top of the page. */
  statuses: {
    kept: { label: 'Kept', definition: 'Done as the text required, and by its deadline where it set one.' },
    late: { label: 'Kept late', definition: 'Done, but after the deadline.' },
    partly: { label: 'Partly kept', definition: 'Some of it done; the rest not, or not yet.' },
    broken: { label: 'Broken', definition: 'Not done by its deadline, or acted against, as the sources show.' },
    overtaken: { label: 'Overtaken', definition: 'Could no longer be kept as written: the events or dates it depended on had gone by.' },
    disputed: { label: 'Disputed', definition: 'One side said it had been broken, and no independent source settled it.' },
    open: { label: 'Open', definition: 'Not yet due, or an undertaking with no deadline on which the sources give no finding.' },
  },
  contents: 'Promises by subject',
  /** "Foreign troops (3)" in the list of subjects. */
  topicLink: (topic: string, n: number) => `${topic} (${n})`,
  topics: {
    troops: 'Foreign troops',
    prisoners: 'Prisoners',
    talks: 'Talks between Afghans',
    sanctions: 'Sanctions and the UN',
    security: 'Counter-terrorism',
    relations: 'Force, funding and future relations',
  },
  fields: {
    status: (date: string) => `Status on ${date}:`,
    madeBy: 'Promised by',
    in: 'In',
    deadline: 'Deadline',
    noDeadline: 'None set',
    deadlineWithNote: (date: Part, note: string) => [date, ` (${note})`],
    byThen: (date: Part) => ['By ', date, ':'],
    note: 'Where sources differ:',
    chapter: 'Told in',
    timeline: 'On the timeline',
    sources: 'Sources',
  },
  later: {
    label: (date: Part) => ['Postscript · written ', date, ', with hindsight:'],
    status: (label: string) => `Later: ${label}.`,
  },
  dataLabel: 'every commitment',
  /** On the timeline, under the signing of each document. */
  timelineLink: 'What the agreement promised, and what became of each promise',
};
